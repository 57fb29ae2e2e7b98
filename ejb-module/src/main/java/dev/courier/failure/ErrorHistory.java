package dev.courier.failure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;

/** The failed attempts of each message, written in the consuming transaction. */
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

  /**
   * In a transaction of its own, committed before the caller's: a retry then commits on the broker
   * alone, without a two-phase commit with the database. A crash in between may record an attempt
   * twice (the broker delivers it again); it never loses one.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public MessageError recordApart(String messageId, int attempt, Throwable failure) {
    return record(messageId, attempt, failure);
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

  /** Forgets the failed attempts of these messages, in a transaction of its own. */
  @Transactional(TxType.REQUIRES_NEW)
  public void clearAll(Collection<String> messageIds) {
    em.createQuery("DELETE FROM MessageError e WHERE e.messageId IN :ids")
        .setParameter("ids", messageIds)
        .executeUpdate();
  }

  /** Forgets a message's failed attempts once it is handled or leaves the store. */
  @Transactional(TxType.MANDATORY)
  public void clear(String messageId) {
    em.createQuery("DELETE FROM MessageError e WHERE e.messageId = :id")
        .setParameter("id", messageId)
        .executeUpdate();
  }
}
