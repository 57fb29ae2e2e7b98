package dev.courier.pipeline;

import dev.courier.dispatch.OutgoingMessage;
import dev.courier.transport.Pipeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules by which a run moves on, applied to its rows while the run is locked: a stage is {@code
 * running} from its first attempt, {@code failed} while one of its items waits in the failure
 * store, and {@code done} once every stage before it is done and every item sent to it is done; a
 * join stage gets the messages held for it when every stage before it is done. The run is {@code
 * running} from its first attempt, {@code failed} while a stage is, and {@code done} with its last
 * stage. Each transition is numbered and kept as an event. Pure: the caller loads and stores.
 */
final class RunProgress {

  private final Pipeline pipeline;
  private final PipelineRun run;
  private final List<RunStage> stages;
  private final Instant now;
  private final List<RunEvent> events = new ArrayList<>();

  RunProgress(Pipeline pipeline, PipelineRun run, List<RunStage> stages, Instant now) {
    this.pipeline = pipeline;
    this.run = run;
    this.stages = stages;
    this.now = now;
  }

  Pipeline pipeline() {
    return pipeline;
  }

  PipelineRun run() {
    return run;
  }

  Optional<RunStage> stage(String name) {
    return stages.stream().filter(s -> s.stage().equals(name)).findFirst();
  }

  /** The transitions so far, in order. */
  List<RunEvent> events() {
    return List.copyOf(events);
  }

  /** One attempt at a stage ended; {@code error} is null when it succeeded. */
  void attempted(RunStage stage, Instant startedAt, String error) {
    if (run.status() == RunStatus.PENDING) {
      moveRun(RunStatus.RUNNING, null);
    }
    if (stage.status() == RunStatus.PENDING) {
      stage.moveTo(RunStatus.RUNNING, startedAt);
      record(stage, RunStatus.RUNNING, null);
    }
    stage.attempted(error);
  }

  /** An item of the stage went to the failure store: the stage and the run have failed. */
  void itemFailed(RunStage stage, String error) {
    stage.itemFailed();
    if (stage.status() != RunStatus.FAILED) {
      stage.moveTo(RunStatus.FAILED, now);
      record(stage, RunStatus.FAILED, error);
    }
    if (run.status() != RunStatus.FAILED) {
      moveRun(RunStatus.FAILED, "stage " + stage.stage() + " failed: " + error);
    }
  }

  /** A failed item of the stage was sent again from the failure store: the run resumes. */
  void itemRedriven(RunStage stage) {
    stage.itemRedriven();
    if (stage.status() == RunStatus.FAILED && stage.itemsFailed() == 0) {
      stage.moveTo(RunStatus.RUNNING, now);
      record(stage, RunStatus.RUNNING, null);
    }
    if (run.status() == RunStatus.FAILED
        && stages.stream().noneMatch(s -> s.status() == RunStatus.FAILED)) {
      moveRun(RunStatus.RUNNING, null);
    }
  }

  /**
   * Moves every stage that is complete to {@code done}, in order, releasing what is held for a join
   * stage on the way ({@code releaseHeld}: the held messages of a stage, gone once returned);
   * returns the released messages.
   */
  List<OutgoingMessage> advance(Function<String, List<OutgoingMessage>> releaseHeld) {
    List<OutgoingMessage> released = new ArrayList<>();
    for (RunStage stage : stages) {
      if (stage.status() == RunStatus.DONE) {
        continue;
      }
      if (stage.status() == RunStatus.FAILED) {
        return released;
      }
      if (pipeline.isJoin(stage.stage())) {
        List<OutgoingMessage> held = releaseHeld.apply(stage.stage());
        stage.itemsAdded(held.size());
        released.addAll(held);
      }
      if (!stage.caughtUp()) {
        return released;
      }
      stage.moveTo(RunStatus.DONE, now);
      record(stage, RunStatus.DONE, null);
    }
    if (run.status() != RunStatus.DONE) {
      moveRun(RunStatus.DONE, null);
    }
    return released;
  }

  private void moveRun(RunStatus status, String error) {
    int seq = run.moveTo(status, now);
    events.add(new RunEvent(run.runId(), seq, null, status, now, error));
  }

  private void record(RunStage stage, RunStatus status, String error) {
    events.add(new RunEvent(run.runId(), run.count(), stage.stage(), status, now, error));
  }
}
