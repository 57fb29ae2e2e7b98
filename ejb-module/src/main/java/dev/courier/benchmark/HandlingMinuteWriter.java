package dev.courier.benchmark;

import dev.courier.stats.HandlerSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;

/** Writes one flush of {@link HandlingMinutes} in a transaction of its own. */
@ApplicationScoped
public class HandlingMinuteWriter {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void write(String node, Instant flushedAt, List<HandlerSnapshot> differences) {
    differences.forEach(figures -> em.persist(new HandlingMinute(node, flushedAt, figures)));
  }
}
