package dev.courier.probe;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Fails, sleeps or succeeds as the probe asks, and records every attempt. */
@ApplicationScoped
public class ProbeHandler implements MessageHandler<ProbeMessage> {

  @Inject ProbeStore store;

  @Override
  public void handle(ProbeMessage probe, MessageContext context) throws InterruptedException {
    int attempt = store.recordAttempt(context);
    if (probe.unrecoverable()) {
      String error = "probe failed unrecoverably on request (attempt " + attempt + ")";
      store.recordFailure(context.messageId(), error);
      throw new UnrecoverableMessageException(error);
    }
    if (attempt <= probe.failTimes()) {
      String error = "probe failed on request: attempt " + attempt + " of " + probe.failTimes();
      store.recordFailure(context.messageId(), error);
      throw new RecoverableMessageException(error);
    }
    if (probe.sleepMs() > 0) {
      Thread.sleep(probe.sleepMs());
    }
    store.recordHandled(context.messageId());
  }
}
