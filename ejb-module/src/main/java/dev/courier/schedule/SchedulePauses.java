package dev.courier.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which schedules an operator paused, kept in the database (table {@code schedule_state}). */
@ApplicationScoped
public class SchedulePauses {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Transactional(TxType.REQUIRED)
  public Set<String> paused() {
    List<?> names =
        em.createNativeQuery("SELECT name FROM schedule_state WHERE paused = ?1")
            .setParameter(1, true)
            .getResultList();
    Set<String> paused = new HashSet<>();
    names.forEach(name -> paused.add(name.toString()));
    return paused;
  }

  @Transactional(TxType.REQUIRED)
  public void set(String name, boolean paused) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int updated =
        em.createNativeQuery(
                "UPDATE schedule_state SET paused = ?1, changed_at = ?2 WHERE name = ?3")
            .setParameter(1, paused)
            .setParameter(2, now)
            .setParameter(3, name)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO schedule_state (name, paused, changed_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, name)
          .setParameter(2, paused)
          .setParameter(3, now)
          .executeUpdate();
    }
  }
}
