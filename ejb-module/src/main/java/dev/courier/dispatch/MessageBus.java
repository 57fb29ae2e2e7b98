package dev.courier.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/**
 * Dispatches messages from server code (and from the HTTP API). A message dispatched inside a
 * transaction joins it: it is sent if and only if the transaction commits. Outside one it is sent
 * at once, durably (the broker has stored it when the call returns), without the cost of a
 * transaction. A list joins the caller's transaction too; outside one it is sent in one broker
 * transaction of its own, all or nothing, with one round trip to the broker. Throws {@link
 * DispatchRejectedException} — and sends nothing — when a message is invalid.
 *
 * <pre>{@code
 * @Inject MessageBus bus;
 * bus.dispatch(new SendEmail("ada@example.com", "Welcome"));
 * bus.dispatch(new GenerateOffer(leadId), DispatchOptions.none().toTransport("high").delayedBy(5_000));
 * }</pre>
 */
@ApplicationScoped
public class MessageBus {

  @Inject MessagePreparer preparer;
  @Inject Dispatcher dispatcher;
  @Inject QueueSender sender;

  @Transactional(TxType.SUPPORTS)
  public DispatchReceipt dispatch(Object message) {
    return dispatcher.send(preparer.prepare(message, DispatchOptions.none()));
  }

  @Transactional(TxType.SUPPORTS)
  public DispatchReceipt dispatch(Object message, DispatchOptions options) {
    return dispatcher.send(preparer.prepare(message, options));
  }

  /** Validates every message, then sends them all, or none if one is invalid. */
  @Transactional(TxType.SUPPORTS)
  public List<DispatchReceipt> dispatchAll(List<?> messages, DispatchOptions options) {
    return dispatcher.sendAll(preparer.prepareAll(messages, options));
  }

  /**
   * One message given as JSON (type and payload), as the HTTP API receives it. A rejection leaves
   * the caller's transaction usable (the AMQP dispatch consumer stores the message in it).
   */
  @Transactional(value = TxType.SUPPORTS, dontRollbackOn = DispatchRejectedException.class)
  public DispatchReceipt dispatchJson(JsonMessage message) {
    return dispatcher.send(preparer.prepareJson(List.of(message)).get(0));
  }

  /**
   * {@link #dispatchJson(JsonMessage)} from the consumer of a delivery of the embedded broker (the
   * AMQP dispatch queue): sent on a session joined to the delivery's own transaction branch, so the
   * message and the acknowledgement commit together in one phase.
   */
  @Transactional(value = TxType.MANDATORY, dontRollbackOn = DispatchRejectedException.class)
  public DispatchReceipt dispatchJsonInDelivery(JsonMessage message) {
    OutgoingMessage prepared = preparer.prepareJson(List.of(message)).get(0);
    sender.sendInDelivery(prepared);
    return prepared.receipt();
  }

  /** Validates every message, then sends them all, or none. */
  @Transactional(TxType.SUPPORTS)
  public List<DispatchReceipt> dispatchJson(List<JsonMessage> messages) {
    return dispatcher.sendAll(preparer.prepareJson(messages));
  }
}
