package dev.courier.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Whether events may be published, switched without a restart and kept in the database (so a
 * restart, or another node on the same database, sees it). While paused, a publish is refused
 * ({@link PublishingPausedException}: 503 over HTTP; over AMQP the event waits in the publish queue
 * and is retried) and nothing is kept. Read at most once a second per node.
 */
@ApplicationScoped
public class PublishingSwitch {

  static final String NAME = "publishing";
  private static final long CACHE_MS = 1_000;

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  private volatile boolean paused;
  private volatile long readAt;

  @Transactional(TxType.REQUIRED)
  public boolean paused() {
    long now = System.currentTimeMillis();
    if (now - readAt > CACHE_MS) {
      List<?> rows =
          em.createNativeQuery("SELECT paused FROM event_switch WHERE name = ?1")
              .setParameter(1, NAME)
              .getResultList();
      paused = !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
      readAt = now;
    }
    return paused;
  }

  @Transactional(TxType.REQUIRED)
  public void set(boolean paused) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int updated =
        em.createNativeQuery("UPDATE event_switch SET paused = ?1, changed_at = ?2 WHERE name = ?3")
            .setParameter(1, paused)
            .setParameter(2, now)
            .setParameter(3, NAME)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO event_switch (name, paused, changed_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, NAME)
          .setParameter(2, paused)
          .setParameter(3, now)
          .executeUpdate();
    }
    this.paused = paused;
    this.readAt = System.currentTimeMillis();
  }
}
