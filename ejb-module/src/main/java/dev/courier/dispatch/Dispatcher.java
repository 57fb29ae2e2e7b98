package dev.courier.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends prepared messages. A message joins the caller's transaction, except one with an idempotency
 * key, which is sent at once on its own: the broker would otherwise refuse the whole transaction
 * when the key is a duplicate, instead of dropping just that message.
 */
@ApplicationScoped
public class Dispatcher {

  @Inject QueueSender sender;

  DispatchReceipt send(OutgoingMessage message) {
    if (message.idempotencyKey().isPresent()) {
      sender.sendAlone(message);
    } else {
      sender.send(message);
    }
    return message.receipt();
  }
}
