package dev.courier.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The probe event's outcome in each probe group: handled (the attempt that did it, and when),
 * failed (its record is in the failure store), or pending (with the attempts that failed so far).
 */
@ApplicationScoped
public class EventProbes {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  /** One group's outcome; {@code handledAt} is null unless handled. */
  public record GroupOutcome(String group, String status, int attempts, Instant handledAt) {}

  @Transactional(TxType.MANDATORY)
  public void recordHandled(String eventId, String group, int attempts) {
    em.createNativeQuery(
            "INSERT INTO event_probe (event_id, group_name, attempts, handled_at) VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, eventId)
        .setParameter(2, group)
        .setParameter(3, attempts)
        .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** Empty when no probe event with this id was published. */
  @Transactional(TxType.SUPPORTS)
  public Optional<List<GroupOutcome>> outcome(String eventId) {
    Number published =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM event_log WHERE event_id = ?1 AND event_type = ?2")
                .setParameter(1, eventId)
                .setParameter(2, EventStreams.PROBE_TYPE)
                .getSingleResult();
    if (published.longValue() == 0) {
      return Optional.empty();
    }
    List<GroupOutcome> outcomes = new ArrayList<>();
    for (String group : EventStreams.PROBE_GROUPS) {
      outcomes.add(outcome(eventId, group));
    }
    return Optional.of(outcomes);
  }

  private GroupOutcome outcome(String eventId, String group) {
    List<?> handled =
        em.createNativeQuery(
                "SELECT attempts, handled_at FROM event_probe WHERE event_id = ?1 AND group_name = ?2")
            .setParameter(1, eventId)
            .setParameter(2, group)
            .getResultList();
    if (!handled.isEmpty()) {
      Object[] row = (Object[]) handled.get(0);
      return new GroupOutcome(group, "handled", ((Number) row[0]).intValue(), instant(row[1]));
    }
    String deliveryId = GroupDeliveries.deliveryId(group, eventId);
    List<?> failed =
        em.createNativeQuery("SELECT attempts FROM failed_message WHERE message_id = ?1")
            .setParameter(1, deliveryId)
            .getResultList();
    if (!failed.isEmpty()) {
      return new GroupOutcome(group, "failed", ((Number) failed.get(0)).intValue(), null);
    }
    Number errors =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM message_error WHERE message_id = ?1")
                .setParameter(1, deliveryId)
                .getSingleResult();
    return new GroupOutcome(group, "pending", errors.intValue(), null);
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toInstant();
    }
    if (value instanceof Instant time) {
      return time;
    }
    return Instant.parse(value.toString());
  }
}
