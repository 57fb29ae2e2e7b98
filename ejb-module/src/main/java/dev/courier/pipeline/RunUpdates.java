package dev.courier.pipeline;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.MessagePreparer;
import dev.courier.dispatch.OutgoingMessage;
import dev.courier.handler.HandlerRegistry;
import dev.courier.transport.Pipeline;
import dev.courier.transport.TransportNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Live status: when a run moves, one {@link RunUpdate} on the {@value TransportNames#RUN_UPDATES}
 * transport (or the pipeline's own, {@code courier.pipeline.<name>.updates}), whose time-to-live
 * drops an update nobody took in time; and when it ends, a {@link RunEnded} for the application, if
 * it handles that type.
 *
 * <p>One update per run and transaction: a batch that moves a run several times (items of one
 * fan-out) sends one. It is enough, because an update only wakes the run's watchers, who read its
 * transitions from the database after the transaction committed them all.
 */
@ApplicationScoped
public class RunUpdates {

  @Inject MessagePreparer preparer;
  @Inject HandlerRegistry handlers;
  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * What a run's moves send: a live update (on the pipeline's {@code updates} transport), and a
   * {@link RunEnded} if the run ended.
   */
  List<OutgoingMessage> of(Pipeline pipeline, PipelineRun run, List<RunEvent> events) {
    List<OutgoingMessage> out = new ArrayList<>();
    if (firstUpdateInTransaction(run.runId())) {
      out.add(
          preparer.prepare(
              new RunUpdate(run.runId(), run.transitions()),
              DispatchOptions.none()
                  .toTransport(pipeline.updates().orElse(TransportNames.RUN_UPDATES))));
    }
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

  private boolean firstUpdateInTransaction(String runId) {
    String key = RunUpdates.class.getName() + ':' + runId;
    if (transactions.getResource(key) != null) {
      return false;
    }
    transactions.putResource(key, Boolean.TRUE);
    return true;
  }
}
