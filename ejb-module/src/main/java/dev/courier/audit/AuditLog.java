package dev.courier.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/** Records admin actions and reads them back, newest first. */
@ApplicationScoped
public class AuditLog {

  /** One page of entries and how many there are in all. */
  public record Page(long total, List<AuditEntry> items) {}

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Transactional
  public void record(String actor, String action, String target, int count) {
    em.persist(new AuditEntry(actor, action, target, count));
  }

  @Transactional(TxType.SUPPORTS)
  public Page list(int page, int size) {
    long total = em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
    List<AuditEntry> items =
        em.createQuery(
                "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id", AuditEntry.class)
            .setFirstResult(Math.multiplyExact(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page(total, items);
  }
}
