package dev.courier.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The event ids each group has handled, written in the handler's transaction: it commits if and
 * only if the handler's work does. Two deliveries of one event to one group racing each other
 * cannot both pass: the second fails on the table's key, is rolled back and redelivered, and then
 * finds the first one's entry.
 */
@ApplicationScoped
public class EventInbox {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  /** Removes the entries recorded before {@code cutoff}; returns how many. */
  @Transactional(TxType.REQUIRES_NEW)
  public int forgetBefore(Instant cutoff) {
    return em.createNativeQuery("DELETE FROM event_inbox WHERE handled_at < ?1")
        .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
        .executeUpdate();
  }

  /** Records the event as handled by the group; false when it was recorded before. */
  @Transactional(TxType.MANDATORY)
  public boolean firstDelivery(String group, String eventId) {
    Number known =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM event_inbox WHERE group_name = ?1 AND event_id = ?2")
                .setParameter(1, group)
                .setParameter(2, eventId)
                .getSingleResult();
    if (known.longValue() > 0) {
      return false;
    }
    em.createNativeQuery(
            "INSERT INTO event_inbox (group_name, event_id, handled_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, group)
        .setParameter(2, eventId)
        .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
    return true;
  }
}
