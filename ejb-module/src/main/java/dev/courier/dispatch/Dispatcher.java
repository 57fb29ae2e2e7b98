package dev.courier.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends prepared messages. A message joins the caller's transaction if there is one; otherwise, and
 * always for a message with an idempotency key, it is sent at once on its own (durably: the send
 * returns once the broker has stored it). A message with a key goes alone because the broker would
 * otherwise refuse the whole transaction when the key is a duplicate, instead of dropping just that
 * message. Several messages sent outside a transaction share one broker transaction of their own.
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

  /**
   * Several messages: in the caller's transaction if there is one; otherwise those without an
   * idempotency key in one broker transaction of their own, all or none.
   */
  List<DispatchReceipt> sendAll(List<OutgoingMessage> messages) {
    if (inTransaction()) {
      return messages.stream().map(this::send).toList();
    }
    List<OutgoingMessage> together = new ArrayList<>(messages.size());
    for (OutgoingMessage message : messages) {
      if (message.idempotencyKey().isPresent()) {
        sender.sendAlone(message);
      } else {
        together.add(message);
      }
    }
    if (!together.isEmpty()) {
      sender.sendTogether(together);
    }
    return messages.stream().map(OutgoingMessage::receipt).toList();
  }

  private boolean inTransaction() {
    return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
  }
}
