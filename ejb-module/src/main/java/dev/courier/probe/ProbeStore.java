package dev.courier.probe;

import dev.courier.handler.MessageContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads and writes probes. Attempts and failures are committed on their own (REQUIRES_NEW): they
 * must survive the rollback of the consuming transaction they describe.
 */
@ApplicationScoped
public class ProbeStore {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void create(String id, String transport, Instant dispatchedAt) {
    em.persist(new Probe(id, transport, dispatchedAt));
  }

  /**
   * Counts a delivery; creates the probe when it was sent some other way than the probe API.
   * Returns the attempt's number, or empty when the probe was handled already: then the delivery is
   * counted as a duplicate instead.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public OptionalInt recordAttempt(MessageContext context) {
    Probe probe = em.find(Probe.class, context.messageId(), LockModeType.PESSIMISTIC_WRITE);
    if (probe == null) {
      probe =
          new Probe(
              context.messageId(),
              context.transport(),
              Instant.ofEpochMilli(context.dispatchedAt()));
      em.persist(probe);
    }
    if (probe.handled()) {
      probe.duplicate();
      return OptionalInt.empty();
    }
    return OptionalInt.of(probe.attempt());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(String id, String error) {
    em.find(Probe.class, id, LockModeType.PESSIMISTIC_WRITE).failed(error);
  }

  /**
   * In the handler's transaction: the probe counts as handled only if the handler commits; a last
   * hop that arrives again (the hop before it was delivered twice) counts as a duplicate.
   */
  @Transactional(TxType.MANDATORY)
  public void recordLastHop(String id) {
    Probe probe = em.find(Probe.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (probe.handled()) {
      probe.duplicate();
    } else {
      probe.handled(Instant.now());
    }
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<Probe> find(String id) {
    return Optional.ofNullable(em.find(Probe.class, id));
  }
}
