package dev.courier.failure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/**
 * The failed attempts of the messages in the failure store, written with the failure record in the
 * consuming transaction (a retried message carries its earlier ones: {@link AttemptTrail}).
 */
@ApplicationScoped
public class ErrorHistory {

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Transactional(TxType.MANDATORY)
  public MessageError record(String messageId, int attempt, Throwable failure) {
    MessageError error = MessageError.of(messageId, attempt, failure);
    em.persist(error);
    return error;
  }

  @Transactional(TxType.MANDATORY)
  public MessageError record(MessageError error) {
    em.persist(error);
    return error;
  }

  /** Oldest first. */
  @Transactional(TxType.SUPPORTS)
  public List<MessageError> of(String messageId) {
    return em.createQuery(
            "SELECT e FROM MessageError e WHERE e.messageId = :id ORDER BY e.occurredAt, e.attempt",
            MessageError.class)
        .setParameter("id", messageId)
        .getResultList();
  }

  /** Forgets a message's failed attempts once it is handled or leaves the store. */
  @Transactional(TxType.MANDATORY)
  public void clear(String messageId) {
    em.createQuery("DELETE FROM MessageError e WHERE e.messageId = :id")
        .setParameter("id", messageId)
        .executeUpdate();
  }
}
