package dev.courier.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The schedules' state in the database (table {@code schedule_state}): which ones an operator
 * paused, and the slot each timer is expected to fire at next.
 */
@ApplicationScoped
public class ScheduleStates {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Transactional(TxType.REQUIRED)
  public Set<String> paused() {
    Set<String> paused = new HashSet<>();
    em.createQuery(
            "SELECT s FROM ScheduleStateEntry s WHERE s.paused = true", ScheduleStateEntry.class)
        .getResultList()
        .forEach(state -> paused.add(state.name()));
    return paused;
  }

  @Transactional(TxType.REQUIRED)
  public void setPaused(String name, boolean paused) {
    entry(name).paused(paused);
  }

  @Transactional(TxType.REQUIRED)
  public Optional<Instant> nextSlot(String name) {
    return Optional.ofNullable(em.find(ScheduleStateEntry.class, name))
        .map(ScheduleStateEntry::nextSlot);
  }

  @Transactional(TxType.REQUIRED)
  public void expectNext(String name, Instant slot) {
    entry(name).nextSlot(slot);
  }

  private ScheduleStateEntry entry(String name) {
    ScheduleStateEntry entry = em.find(ScheduleStateEntry.class, name);
    if (entry == null) {
      entry = new ScheduleStateEntry(name);
      em.persist(entry);
    }
    return entry;
  }
}
