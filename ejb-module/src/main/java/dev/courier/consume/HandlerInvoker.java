package dev.courier.consume;

import dev.courier.dispatch.FollowUps;
import dev.courier.dispatch.OutgoingMessage;
import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/**
 * Runs a handler in a transaction of its own (or, for a batch, in the batch's: {@link
 * #invokeJoined}), and prepares in it the messages the handler emitted (returned, for the caller to
 * send in the consuming transaction). When it fails, its work is rolled back while the consuming
 * transaction stays usable, so the retry or the failure record commits with the acknowledgement.
 * When it succeeds, its work commits just before the acknowledgement (at-least-once: a crash in
 * between redelivers the message).
 */
@ApplicationScoped
public class HandlerInvoker {

  @Inject FollowUps followUps;

  /**
   * @param timeoutMs a handler that returns after this long fails with {@link
   *     HandlerTimeoutException} and its work is rolled back; 0 for no limit (a handler that never
   *     returns is stopped only by the transaction timeout)
   */
  @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
  public List<OutgoingMessage> invoke(
      MessageHandler<Object> handler, Object payload, MessageContext context, long timeoutMs)
      throws Exception {
    return run(handler, payload, context, timeoutMs);
  }

  /**
   * The same in the caller's transaction (a batch's): the handler's work commits or rolls back with
   * the acknowledgement. A failure leaves that transaction to be rolled back by the caller.
   */
  @Transactional(TxType.MANDATORY)
  public List<OutgoingMessage> invokeJoined(
      MessageHandler<Object> handler, Object payload, MessageContext context, long timeoutMs)
      throws Exception {
    return run(handler, payload, context, timeoutMs);
  }

  private List<OutgoingMessage> run(
      MessageHandler<Object> handler, Object payload, MessageContext context, long timeoutMs)
      throws Exception {
    long started = System.nanoTime();
    handler.handle(payload, context);
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    if (timeoutMs > 0 && tookMs > timeoutMs) {
      throw new HandlerTimeoutException(tookMs, timeoutMs);
    }
    return followUps.prepare(context);
  }
}
