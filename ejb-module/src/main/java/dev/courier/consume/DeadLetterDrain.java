package dev.courier.consume;

import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.failure.FailureRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves messages the broker dead-lettered (their consumption kept rolling back, e.g. while the
 * database was down) into the failure store, once each. While the store still cannot be written,
 * the delivery rolls back and the message stays on the dead-letter queue.
 */
@ApplicationScoped
public class DeadLetterDrain {

  static final String UNKNOWN = "(unknown)";

  private static final Logger LOG = Logger.getLogger(DeadLetterDrain.class.getName());

  @Inject FailureRecorder failures;

  public ProcessingOutcome drain(Message message) {
    try {
      ReceivedMessage received = ReceivedMessage.of(message);
      boolean recorded =
          failures.recordDeadLettered(
              received,
              received.type().orElse(UNKNOWN),
              text(received, EnvelopeProperties.ORIGIN),
              attempts(received));
      LOG.info(
          () ->
              "Courier: dead-lettered message "
                  + received.messageId()
                  + (recorded
                      ? " moved to the failure store"
                      : " was already in the failure store"));
      return ProcessingOutcome.COMMIT;
    } catch (JMSException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () -> "Courier: a dead-lettered message stays on the dead-letter queue for now");
      return ProcessingOutcome.ROLLBACK;
    }
  }

  private static String text(ReceivedMessage received, String property) {
    Object value = received.properties().get(property);
    return value == null ? UNKNOWN : value.toString();
  }

  /** The attempt it died on, counted from 1; 0 when it never had a Courier attempt number. */
  private static int attempts(ReceivedMessage received) {
    Object attempt = received.properties().get(EnvelopeProperties.ATTEMPT);
    try {
      return attempt == null ? 0 : Integer.parseInt(attempt.toString()) + 1;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
