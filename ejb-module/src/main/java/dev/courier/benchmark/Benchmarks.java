package dev.courier.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Benchmark snapshots: calculated from the minute rows written since the previous snapshot's end
 * (the first one covers {@code courier.benchmarks.first-period}, default 7 days), and read back.
 */
@ApplicationScoped
public class Benchmarks {

  /** One page of snapshots, newest first, and how many match in all. */
  public record Page(long total, List<BenchmarkSnapshot> items) {}

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "courier.benchmarks.first-period", defaultValue = "P7D")
  Duration firstPeriod;

  /** Sums the minute rows written after the previous snapshot's end, up to {@code to}. */
  @Transactional(TxType.REQUIRED)
  public BenchmarkSnapshot calculate(Instant to) {
    Instant from =
        em.createQuery("SELECT MAX(s.to) FROM BenchmarkSnapshot s", Instant.class)
            .getResultStream()
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(to.minus(firstPeriod));
    Map<String, FigureTotals> totals = new LinkedHashMap<>();
    em.createQuery(
            "SELECT m FROM HandlingMinute m WHERE m.flushedAt > :from AND m.flushedAt <= :to"
                + " ORDER BY m.type, m.transport",
            HandlingMinute.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(
            row ->
                totals
                    .computeIfAbsent(
                        row.type() + "\n" + row.transport(),
                        key -> new FigureTotals(row.type(), row.transport()))
                    .add(row));
    BenchmarkSnapshot snapshot =
        new BenchmarkSnapshot(
            from, to, totals.values().stream().map(FigureTotals::figure).toList());
    em.persist(snapshot);
    return snapshot;
  }

  /**
   * The snapshots whose period overlaps {@code from}–{@code to} (either open), holding figures of
   * {@code type} when given; newest first.
   */
  @Transactional(TxType.SUPPORTS)
  public Page list(
      Optional<Instant> from, Optional<Instant> to, Optional<String> type, int page, int size) {
    String where =
        " WHERE s.to >= :from AND s.from <= :to"
            + (type.isPresent()
                ? " AND EXISTS (SELECT f FROM s.figures f WHERE f.type = :type)"
                : "");
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(s) FROM BenchmarkSnapshot s" + where, Long.class);
    TypedQuery<BenchmarkSnapshot> items =
        em.createQuery(
            "SELECT s FROM BenchmarkSnapshot s" + where + " ORDER BY s.id DESC",
            BenchmarkSnapshot.class);
    for (TypedQuery<?> query : List.of(count, items)) {
      query.setParameter("from", from.orElse(Instant.EPOCH));
      query.setParameter("to", to.orElse(Instant.parse("9999-12-31T23:59:59Z")));
      type.ifPresent(value -> query.setParameter("type", value));
    }
    return new Page(
        count.getSingleResult(),
        items.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList());
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<BenchmarkSnapshot> find(long id) {
    return Optional.ofNullable(em.find(BenchmarkSnapshot.class, id));
  }
}
