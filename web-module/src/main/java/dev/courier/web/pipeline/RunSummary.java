package dev.courier.web.pipeline;

import dev.courier.pipeline.PipelineRun;
import java.time.Instant;

/** One run in a list. */
public record RunSummary(
    String runId, String pipeline, String status, Instant startedAt, Instant finishedAt) {

  static RunSummary of(PipelineRun run) {
    return new RunSummary(
        run.runId(), run.pipeline(), run.status().label(), run.startedAt(), run.finishedAt());
  }
}
