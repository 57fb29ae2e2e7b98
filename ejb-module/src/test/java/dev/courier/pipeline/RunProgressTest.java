package dev.courier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courier.dispatch.OutgoingMessage;
import dev.courier.envelope.Envelope;
import dev.courier.transport.Pipeline;
import dev.courier.transport.TransportDefaults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RunProgressTest {

  private static final Pipeline PIPELINE =
      new Pipeline(
          "p",
          List.of("split", "item", "join"),
          Set.of("join"),
          Optional.of("t"),
          Optional.empty());
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private final PipelineRun run = new PipelineRun("r1", "p", "{}", NOW);
  private final List<RunStage> stages =
      List.of(
          new RunStage("r1", "split", 0, 1),
          new RunStage("r1", "item", 1, 0),
          new RunStage("r1", "join", 2, 0));
  private final List<String> transitions = new ArrayList<>();
  private int released;

  /** One attempt recorded the way RunTracker records it, under the run's lock. */
  private void handled(
      String stage, int emittedItems, Function<String, List<OutgoingMessage>> held) {
    RunProgress progress = new RunProgress(PIPELINE, run, stages, NOW);
    RunStage current = progress.stage(stage).orElseThrow();
    progress.attempted(current, NOW, null);
    current.itemDone();
    progress.stage("item").orElseThrow().itemsAdded(emittedItems);
    progress.advance(held);
    progress
        .events()
        .forEach(e -> transitions.add(e.stage().orElse("run") + ":" + e.status().label()));
  }

  private List<OutgoingMessage> joinOnce(String stage) {
    if (released > 0) {
      return List.of(); // RunTracker deletes what it released
    }
    released++;
    Envelope envelope =
        new Envelope("m", "t", 0, 0, "1", stage, Optional.empty(), Optional.of("r1"), "{}");
    return List.of(
        new OutgoingMessage(envelope, TransportDefaults.declared(stage), 0, Optional.empty(), 0));
  }

  private RunStage stage(String name) {
    return stages.stream().filter(s -> s.stage().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aRunMovesStageByStageAndReleasesTheJoinOnceItsItemsAreDone() {
    handled("split", 3, this::joinOnce);
    assertEquals(List.of("run:running", "split:running", "split:done"), transitions);
    assertEquals(0, released, "the join waits for the items");

    handled("item", 0, this::joinOnce);
    handled("item", 0, this::joinOnce);
    assertEquals(RunStatus.RUNNING, stage("item").status());
    assertEquals(0, released);

    handled("item", 0, this::joinOnce);
    assertEquals(RunStatus.DONE, stage("item").status());
    assertEquals(1, released);
    assertEquals(1, stage("join").itemsTotal());

    handled("join", 0, this::joinOnce);
    assertEquals(RunStatus.DONE, run.status());
    assertEquals(
        List.of(
            "run:running",
            "split:running",
            "split:done",
            "item:running",
            "item:done",
            "join:running",
            "join:done",
            "run:done"),
        transitions);
    assertEquals(8, run.transitions());
  }

  @Test
  void aStoredItemFailsTheRunUntilItIsRetriedAndHandled() {
    handled("split", 2, this::joinOnce);
    handled("item", 0, this::joinOnce);
    RunProgress failing = new RunProgress(PIPELINE, run, stages, NOW);
    failing.attempted(stage("item"), NOW, "boom");
    failing.itemFailed(stage("item"), "boom");
    assertEquals(RunStatus.FAILED, run.status());
    assertEquals(RunStatus.FAILED, stage("item").status());
    assertEquals("boom", stage("item").lastError());

    new RunProgress(PIPELINE, run, stages, NOW).itemRedriven(stage("item"));
    assertEquals(RunStatus.RUNNING, run.status());
    assertEquals(RunStatus.RUNNING, stage("item").status());

    handled("item", 0, this::joinOnce);
    handled("join", 0, this::joinOnce);
    assertEquals(RunStatus.DONE, run.status());
    assertEquals(3, stage("item").attempts());
    assertEquals(1, released);
  }

  @Test
  void aStageThatGetsNoItemsIsDoneWithTheStageBeforeIt() {
    handled("split", 0, stage -> List.of());

    assertEquals(RunStatus.DONE, stage("item").status());
    assertEquals(RunStatus.DONE, stage("join").status());
    assertEquals(RunStatus.DONE, run.status());
  }
}
