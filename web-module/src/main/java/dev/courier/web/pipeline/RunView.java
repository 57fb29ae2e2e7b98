package dev.courier.web.pipeline;

import dev.courier.pipeline.PipelineRun;
import dev.courier.pipeline.PipelineRuns;
import dev.courier.pipeline.RunStage;
import java.time.Instant;
import java.util.List;

/**
 * A run as it stands, with each stage's progress.
 *
 * @param input the run's input, as sent (cut at 500 characters)
 */
public record RunView(
    String runId,
    String pipeline,
    String status,
    Instant startedAt,
    Instant finishedAt,
    String input,
    List<Stage> stages) {

  /**
   * @param itemsDone messages of the run this stage has handled
   * @param itemsTotal messages of the run sent to this stage so far
   * @param error the last error of an attempt at this stage, if any
   */
  public record Stage(
      String name,
      String status,
      int attempts,
      int itemsDone,
      int itemsTotal,
      Instant startedAt,
      Instant finishedAt,
      String error) {

    static Stage of(RunStage stage) {
      return new Stage(
          stage.stage(),
          stage.status().label(),
          stage.attempts(),
          stage.itemsDone(),
          stage.itemsTotal(),
          stage.startedAt(),
          stage.finishedAt(),
          stage.lastError());
    }
  }

  static RunView of(PipelineRuns.Snapshot snapshot) {
    PipelineRun run = snapshot.run();
    return new RunView(
        run.runId(),
        run.pipeline(),
        run.status().label(),
        run.startedAt(),
        run.finishedAt(),
        run.inputSummary(),
        snapshot.stages().stream().map(Stage::of).toList());
  }
}
