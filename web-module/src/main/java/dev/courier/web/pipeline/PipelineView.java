package dev.courier.web.pipeline;

import dev.courier.transport.Pipeline;
import dev.courier.transport.TransportNames;
import java.util.List;

/**
 * A pipeline: its input type and its stages in order, each with its transport and queue.
 *
 * @param input the message type a run starts with; null when the pipeline declares none
 */
public record PipelineView(String name, String input, List<Stage> stages) {

  /**
   * @param join whether the stage runs once, when every stage before it is done
   */
  public record Stage(String name, String transport, String queue, boolean join) {}

  static PipelineView of(Pipeline pipeline) {
    return new PipelineView(
        pipeline.name(),
        pipeline.input().orElse(null),
        pipeline.stages().stream()
            .map(
                stage ->
                    new Stage(
                        stage, stage, TransportNames.queueName(stage), pipeline.isJoin(stage)))
            .toList());
  }
}
