package dev.courier.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Dispatches messages from server code (and from the HTTP API). Joins the caller's transaction, or
 * starts one: messages are sent if and only if it commits. Throws {@link DispatchRejectedException}
 * — and sends nothing — when a message is invalid.
 *
 * <pre>{@code
 * @Inject MessageBus bus;
 * bus.dispatch(new SendEmail("ada@example.com", "Welcome"));
 * bus.dispatch(new GenerateOffer(leadId), DispatchOptions.none().toTransport("high").delayedBy(5_000));
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class MessageBus {

  @Inject MessagePreparer preparer;
  @Inject Dispatcher dispatcher;

  public DispatchReceipt dispatch(Object message) {
    return dispatcher.send(preparer.prepare(message, DispatchOptions.none()));
  }

  public DispatchReceipt dispatch(Object message, DispatchOptions options) {
    return dispatcher.send(preparer.prepare(message, options));
  }

  /** Validates every message, then sends them all in one transaction, or none. */
  public List<DispatchReceipt> dispatchJson(List<JsonMessage> messages) {
    return preparer.prepareJson(messages).stream().map(dispatcher::send).toList();
  }
}
