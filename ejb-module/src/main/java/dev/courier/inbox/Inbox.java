package dev.courier.inbox;

import dev.courier.handler.MessageContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Makes a handler's database work happen once per message, although delivery is at-least-once: a
 * crash after the handler's transaction committed and before the broker took the acknowledgement
 * delivers the message again. A handler asks first:
 *
 * <pre>{@code
 * if (!inbox.firstDelivery(context)) {
 *   return; // handled before; this is a redelivery
 * }
 * }</pre>
 *
 * The message id is written in the handler's transaction, so it commits if and only if the
 * handler's work commits: a handler that fails leaves no entry, and its retry is a first delivery
 * again. This covers work in Courier's database (or any resource in the same JTA transaction), not
 * calls to the outside world (an email sent twice stays sent).
 */
@ApplicationScoped
public class Inbox {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  /**
   * Records the message as handled by its type's handler; false when it was recorded before. Two
   * deliveries of one message racing each other cannot both pass: the second fails on the table's
   * key and is rolled back and redelivered, to find the first one's entry.
   */
  @Transactional(TxType.MANDATORY)
  public boolean firstDelivery(MessageContext context) {
    String consumer = context.type();
    Number known =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM inbox WHERE consumer = ?1 AND message_id = ?2")
                .setParameter(1, consumer)
                .setParameter(2, context.messageId())
                .getSingleResult();
    if (known.longValue() > 0) {
      return false;
    }
    em.createNativeQuery(
            "INSERT INTO inbox (consumer, message_id, received_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, consumer)
        .setParameter(2, context.messageId())
        .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
    return true;
  }
}
