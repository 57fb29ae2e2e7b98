package dev.courier.failure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and removes failure records for the admin API. */
@ApplicationScoped
public class FailureStore {

  /** One page of records, newest first, and how many match in all. */
  public record Page(long total, List<FailedMessage> items) {}

  /** Failures of one type and error class thrown from one place. */
  public record Group(
      String fingerprint,
      String type,
      String errorClass,
      long count,
      Instant firstAt,
      Instant lastAt,
      String sampleId) {}

  /** Counts by type, transport and error class. */
  public record Stats(
      long total,
      Map<String, Long> byType,
      Map<String, Long> byTransport,
      Map<String, Long> byErrorClass) {}

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Inject ErrorHistory history;

  @Transactional(TxType.SUPPORTS)
  public Page list(FailureFilter filter, int page, int size) {
    FailureQuery query = new FailureQuery(filter);
    long total = query.select(em, "SELECT COUNT(f)", "", Long.class).getSingleResult();
    List<FailedMessage> items =
        query
            .select(em, "SELECT f", " ORDER BY f.failedAt DESC, f.id", FailedMessage.class)
            .setFirstResult(Math.multiplyExact(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page(total, items);
  }

  @Transactional(TxType.SUPPORTS)
  public List<String> ids(FailureFilter filter) {
    return new FailureQuery(filter)
        .select(em, "SELECT f.id", " ORDER BY f.failedAt", String.class)
        .getResultList();
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<FailedMessage> find(String id) {
    return Optional.ofNullable(em.find(FailedMessage.class, id));
  }

  @Transactional(TxType.SUPPORTS)
  public List<MessageError> errors(FailedMessage failed) {
    return history.of(failed.messageId());
  }

  @Transactional
  public boolean remove(String id) {
    return find(id).map(this::remove).orElse(false);
  }

  boolean remove(FailedMessage failed) {
    history.clear(failed.messageId());
    em.remove(em.contains(failed) ? failed : em.merge(failed));
    return true;
  }

  /** Removes every matching record and its error history in two statements. */
  @Transactional
  public int removeAll(FailureFilter filter) {
    FailureQuery query = new FailureQuery(filter);
    Query errors =
        em.createQuery("DELETE FROM MessageError e WHERE " + query.recordExistsFor("e.messageId"));
    query.parameters().forEach(errors::setParameter);
    errors.executeUpdate();
    Query records = em.createQuery("DELETE FROM FailedMessage f" + query.where());
    query.parameters().forEach(records::setParameter);
    return records.executeUpdate();
  }

  @Transactional(TxType.SUPPORTS)
  public Stats stats() {
    return new Stats(count(), countBy("f.type"), countBy("f.transport"), countBy("f.errorClass"));
  }

  /** How many messages the store holds. */
  @Transactional(TxType.SUPPORTS)
  public long count() {
    return em.createQuery("SELECT COUNT(f) FROM FailedMessage f", Long.class).getSingleResult();
  }

  private Map<String, Long> countBy(String field) {
    Map<String, Long> counts = new LinkedHashMap<>();
    em.createQuery(
            "SELECT "
                + field
                + ", COUNT(f) FROM FailedMessage f GROUP BY "
                + field
                + " ORDER BY COUNT(f) DESC, "
                + field,
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /** Largest groups first. */
  @Transactional(TxType.SUPPORTS)
  public List<Group> groups() {
    return em
        .createQuery(
            "SELECT f.fingerprint, f.type, f.errorClass, COUNT(f), MIN(f.failedAt), MAX(f.failedAt), MIN(f.id)"
                + " FROM FailedMessage f GROUP BY f.fingerprint, f.type, f.errorClass"
                + " ORDER BY COUNT(f) DESC, MAX(f.failedAt) DESC",
            Object[].class)
        .getResultList()
        .stream()
        .map(
            row ->
                new Group(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (Long) row[3],
                    (Instant) row[4],
                    (Instant) row[5],
                    (String) row[6]))
        .toList();
  }
}
