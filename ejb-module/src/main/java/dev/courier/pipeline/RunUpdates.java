package dev.courier.pipeline;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.MessagePreparer;
import dev.courier.dispatch.OutgoingMessage;
import dev.courier.transport.TransportNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Live status: each time a run moves, one {@link RunUpdate} on the {@value
 * TransportNames#RUN_UPDATES} transport, whose time-to-live drops an update nobody took in time.
 */
@ApplicationScoped
public class RunUpdates {

  private static final DispatchOptions OPTIONS =
      DispatchOptions.none().toTransport(TransportNames.RUN_UPDATES);

  @Inject MessagePreparer preparer;

  OutgoingMessage of(String runId, int seq) {
    return preparer.prepare(new RunUpdate(runId, seq), OPTIONS);
  }
}
