package dev.courier.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The log of published events: read by filter, read by range for a replay, trimmed per stream. */
@ApplicationScoped
public class EventLog {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  public record Filter(
      Optional<String> stream, Optional<String> type, Optional<String> clientId, long afterSeq) {}

  public record Page(long total, List<LoggedEvent> items) {}

  /** Oldest first, from just after {@code afterSeq}. */
  @Transactional(TxType.SUPPORTS)
  public Page list(Filter filter, int page, int size) {
    List<String> conditions = new ArrayList<>(List.of("e.seq > :after"));
    filter.stream().ifPresent(s -> conditions.add("e.stream = :stream"));
    filter.type().ifPresent(t -> conditions.add("e.eventType = :type"));
    filter.clientId().ifPresent(c -> conditions.add("e.clientId = :client"));
    String where = " WHERE " + String.join(" AND ", conditions);
    TypedQuery<LoggedEvent> items =
        em.createQuery(
            "SELECT e FROM LoggedEvent e" + where + " ORDER BY e.seq", LoggedEvent.class);
    TypedQuery<Long> total =
        em.createQuery("SELECT COUNT(e) FROM LoggedEvent e" + where, Long.class);
    for (TypedQuery<?> query : List.of(items, total)) {
      query.setParameter("after", filter.afterSeq());
      filter.stream().ifPresent(s -> query.setParameter("stream", s));
      filter.type().ifPresent(t -> query.setParameter("type", t));
      filter.clientId().ifPresent(c -> query.setParameter("client", c));
    }
    return new Page(
        total.getSingleResult(),
        items.setFirstResult(page * size).setMaxResults(size).getResultList());
  }

  /** A stream's events with {@code from <= seq <= to}, oldest first. */
  @Transactional(TxType.SUPPORTS)
  public List<LoggedEvent> range(String stream, long from, long to) {
    return em.createQuery(
            "SELECT e FROM LoggedEvent e WHERE e.stream = :stream AND e.seq BETWEEN :from AND :to"
                + " ORDER BY e.seq",
            LoggedEvent.class)
        .setParameter("stream", stream)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Transactional(TxType.SUPPORTS)
  public long count(String stream) {
    return em.createQuery("SELECT COUNT(e) FROM LoggedEvent e WHERE e.stream = :stream", Long.class)
        .setParameter("stream", stream)
        .getSingleResult();
  }

  /**
   * Keeps the stream's newest {@code maxLength} events and deletes the older ones.
   *
   * @return the seq of the oldest event kept; 0 when the stream holds no more than {@code
   *     maxLength}
   */
  @Transactional(TxType.REQUIRES_NEW)
  public long trim(String stream, int maxLength) {
    List<Long> oldestKept =
        em.createQuery(
                "SELECT e.seq FROM LoggedEvent e WHERE e.stream = :stream ORDER BY e.seq DESC",
                Long.class)
            .setParameter("stream", stream)
            .setFirstResult(maxLength - 1)
            .setMaxResults(1)
            .getResultList();
    if (oldestKept.isEmpty()) {
      return 0;
    }
    em.createQuery("DELETE FROM LoggedEvent e WHERE e.stream = :stream AND e.seq < :cutoff")
        .setParameter("stream", stream)
        .setParameter("cutoff", oldestKept.get(0))
        .executeUpdate();
    return oldestKept.get(0);
  }
}
