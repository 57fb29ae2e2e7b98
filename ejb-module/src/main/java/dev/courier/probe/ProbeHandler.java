package dev.courier.probe;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;

/**
 * Fails, sleeps or succeeds as the probe asks, and records every attempt; a probe with hops hands
 * itself on through that many more messages first. Idempotent: a delivery of a probe that was
 * handled already is counted as a duplicate and does nothing else.
 */
@ApplicationScoped
public class ProbeHandler implements MessageHandler<ProbeMessage> {

  @Inject ProbeStore store;

  @Override
  public void handle(ProbeMessage probe, MessageContext context) throws InterruptedException {
    if (probe.origin() != null) {
      handOnOrFinish(probe, probe.origin(), context);
      return;
    }
    OptionalInt delivery = store.recordAttempt(context);
    if (delivery.isEmpty()) {
      return; // handled before: a redelivery after a crash, counted and otherwise ignored
    }
    int attempt = delivery.getAsInt();
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
    handOnOrFinish(probe, context.messageId(), context);
  }

  /** The last hop marks the probe handled (or counts a duplicate); any other emits the next. */
  private void handOnOrFinish(ProbeMessage probe, String id, MessageContext context) {
    if (probe.hops() > 0) {
      context.emit(probe.nextHopOf(id));
    } else {
      store.recordLastHop(id);
    }
  }
}
