package dev.courier.pipeline;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.MessagePreparer;
import dev.courier.dispatch.OutgoingMessage;
import dev.courier.handler.HandlerRegistry;
import dev.courier.transport.Pipeline;
import dev.courier.transport.TransportNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Live status: each time a run moves, one {@link RunUpdate} on the {@value
 * TransportNames#RUN_UPDATES} transport (or the pipeline's own, {@code
 * courier.pipeline.<name>.updates}), whose time-to-live drops an update nobody took in time; and
 * when it ends, a {@link RunEnded} for the application, if it handles that type.
 */
@ApplicationScoped
public class RunUpdates {

  @Inject MessagePreparer preparer;
  @Inject HandlerRegistry handlers;

  /**
   * What a run's moves send: a live update (on the pipeline's {@code updates} transport), and a
   * {@link RunEnded} if the run ended.
   */
  List<OutgoingMessage> of(Pipeline pipeline, PipelineRun run, List<RunEvent> events) {
    List<OutgoingMessage> out = new ArrayList<>();
    out.add(
        preparer.prepare(
            new RunUpdate(run.runId(), run.transitions()),
            DispatchOptions.none()
                .toTransport(pipeline.updates().orElse(TransportNames.RUN_UPDATES))));
    events.stream()
        .filter(event -> event.stage().isEmpty() && event.status().ended())
        .filter(event -> handlers.find(RunEnded.TYPE).isPresent())
        .forEach(
            event ->
                out.add(
                    preparer.prepare(
                        new RunEnded(
                            run.runId(), run.pipeline(), event.status().label(), event.error()),
                        DispatchOptions.none().withCorrelationId(run.runId()))));
    return out;
  }
}
