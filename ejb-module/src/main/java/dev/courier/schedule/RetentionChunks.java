package dev.courier.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Removes one chunk of rows past their retention in a transaction of its own, so no lock is held
 * longer than one chunk takes: the oldest {@code size} keys, their dependent rows, then the rows.
 */
@ApplicationScoped
public class RetentionChunks {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  /** Returns how many rows of the rule's own table it removed; 0 when none is left. */
  @Transactional(TxType.REQUIRES_NEW)
  public int deleteChunk(RetentionRule rule, OffsetDateTime before, int size) {
    List<?> keys =
        em.createNativeQuery(
                "SELECT "
                    + rule.keyColumn()
                    + " FROM "
                    + rule.table()
                    + " WHERE "
                    + rule.timeColumn()
                    + " < :before ORDER BY "
                    + rule.timeColumn()
                    + " FETCH FIRST "
                    + size
                    + " ROWS ONLY")
            .setParameter("before", before)
            .getResultList();
    if (keys.isEmpty()) {
      return 0;
    }
    for (String dependent : rule.dependentTables()) {
      em.createNativeQuery(
              "DELETE FROM " + dependent + " WHERE " + rule.keyColumn() + " IN (:keys)")
          .setParameter("keys", keys)
          .executeUpdate();
    }
    return em.createNativeQuery(
            "DELETE FROM "
                + rule.table()
                + " WHERE "
                + rule.keyColumn()
                + " IN (:keys) AND "
                + rule.timeColumn()
                + " < :before")
        .setParameter("keys", keys)
        .setParameter("before", before)
        .executeUpdate();
  }
}
