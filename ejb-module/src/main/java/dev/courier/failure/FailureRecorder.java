package dev.courier.failure;

import dev.courier.envelope.Envelope;
import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.ReceivedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Writes failure records on the consumption path, in the consuming transaction: if the database
 * cannot be written, the delivery rolls back and the broker keeps the message.
 */
@ApplicationScoped
public class FailureRecorder {

  /** The error class of records for messages that could not be decoded. */
  public static final String UNDECODABLE = "dev.courier.envelope.MalformedEnvelopeException";

  /** The error class of records drained from the dead-letter queue with no error of their own. */
  public static final String DEAD_LETTERED = "dev.courier.failure.DeadLettered";

  static final String UNKNOWN_TYPE = "(unknown)";

  private static final Logger LOG = Logger.getLogger(FailureRecorder.class.getName());

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Inject ErrorHistory history;

  /** The handler failed and will not be retried. */
  @Transactional(TxType.MANDATORY)
  public void record(
      Envelope envelope, ReceivedMessage received, String transport, Throwable failure) {
    writeTrail(received);
    MessageError last = history.record(envelope.id(), envelope.attempt(), failure);
    store(
        received,
        envelope.type(),
        transport,
        envelope.attempt() + 1,
        last,
        StackTraces.topFrame(failure));
    LOG.warning(
        () ->
            "Courier: message "
                + envelope.id()
                + " ("
                + envelope.type()
                + ") failed on attempt "
                + (envelope.attempt() + 1)
                + " and is in the failure store: "
                + last.errorClass());
  }

  /** The delivery is not a Courier message Courier can handle. */
  @Transactional(TxType.MANDATORY)
  public void recordUndecodable(ReceivedMessage received, String transport, String reason) {
    MessageError error =
        history.record(
            new MessageError(received.messageId(), 0, Instant.now(), UNDECODABLE, reason, null));
    store(received, received.type().orElse(UNKNOWN_TYPE), transport, 0, error, "");
    LOG.warning(
        () ->
            "Courier: undecodable message "
                + received.messageId()
                + " on "
                + transport
                + " is in the failure store: "
                + reason);
  }

  /**
   * The broker gave up on a delivery whose failure could not be recorded at the time. Records it
   * unless it is already in the store; returns whether it did.
   */
  @Transactional(TxType.MANDATORY)
  public boolean recordDeadLettered(
      ReceivedMessage received, String type, String transport, int attempts) {
    if (holds(received.messageId())) {
      return false;
    }
    writeTrail(received);
    List<MessageError> earlier = history.of(received.messageId());
    String lastError =
        earlier.isEmpty() ? "" : " Last error: " + earlier.get(earlier.size() - 1).message();
    MessageError error =
        history.record(
            new MessageError(
                received.messageId(),
                Math.max(0, attempts - 1),
                Instant.now(),
                earlier.isEmpty() ? DEAD_LETTERED : earlier.get(earlier.size() - 1).errorClass(),
                "Dead-lettered by the broker when its delivery attempts ran out: the failure"
                    + " could not be recorded at the time."
                    + lastError,
                null));
    store(received, type, transport, attempts, error, "");
    return true;
  }

  @Transactional(TxType.SUPPORTS)
  public boolean holds(String messageId) {
    return !em.createQuery("SELECT f.id FROM FailedMessage f WHERE f.messageId = :id", String.class)
        .setParameter("id", messageId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The errors of the earlier attempts the message carries, as rows of its history. */
  private void writeTrail(ReceivedMessage received) {
    AttemptTrail.read(received.messageId(), received.properties().get(EnvelopeProperties.ERRORS))
        .forEach(history::record);
  }

  private void store(
      ReceivedMessage received,
      String type,
      String transport,
      int attempts,
      MessageError last,
      String topFrame) {
    List<MessageError> errors = history.of(received.messageId());
    Instant first = errors.isEmpty() ? last.occurredAt() : errors.get(0).occurredAt();
    em.persist(
        new FailedMessage(
            received.messageId(),
            type,
            transport,
            received.body().orElse(""),
            PropertiesJson.write(withoutTrail(received.properties())),
            attempts,
            first,
            last,
            topFrame));
  }

  /** The trail is kept as rows of the history, not twice. */
  private static Map<String, Object> withoutTrail(Map<String, Object> properties) {
    Map<String, Object> kept = new TreeMap<>(properties);
    kept.remove(EnvelopeProperties.ERRORS);
    return kept;
  }
}
