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

  /**
   * Records the event as handled by the group; false when it was recorded before. One statement
   * (standard MERGE, on H2 and PostgreSQL): it inserts the entry unless it is there, and says which
   * by its count. A lookup and an insert cost a group's workers a third of their time.
   */
  @Transactional(TxType.MANDATORY)
  public boolean firstDelivery(String group, String eventId) {
    int inserted =
        em.createNativeQuery(
                "MERGE INTO event_inbox i USING (SELECT CAST(?1 AS VARCHAR(100)) AS group_name,"
                    + " CAST(?2 AS VARCHAR(200)) AS event_id) e"
                    + " ON i.group_name = e.group_name AND i.event_id = e.event_id"
                    + " WHEN NOT MATCHED THEN INSERT (group_name, event_id, handled_at)"
                    + " VALUES (e.group_name, e.event_id, ?3)")
            .setParameter(1, group)
            .setParameter(2, eventId)
            .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1;
  }
}
