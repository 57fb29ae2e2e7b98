package dev.courier.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Sends prepared messages. A message joins the caller's transaction if there is one; otherwise, and
 * always for a message with an idempotency key, it is sent at once on its own (durably: the send
 * returns once the broker has stored it). A message with a key goes alone because the broker would
 * otherwise refuse the whole transaction when the key is a duplicate, instead of dropping just that
 * message.
 */
@ApplicationScoped
public class Dispatcher {

  @Inject QueueSender sender;

  @Resource TransactionSynchronizationRegistry transactions;

  DispatchReceipt send(OutgoingMessage message) {
    if (message.idempotencyKey().isPresent() || !inTransaction()) {
      sender.sendAlone(message);
    } else {
      sender.send(message);
    }
    return message.receipt();
  }

  private boolean inTransaction() {
    return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
  }
}
