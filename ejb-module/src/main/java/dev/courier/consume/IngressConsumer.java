package dev.courier.consume;

import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.failure.FailureRecorder;
import jakarta.annotation.Resource;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an AMQP client sends, taken in by Courier in the consuming transaction: a message it cannot
 * take (no type, an unknown one, a broken body, a failed validation) goes to the failure store with
 * the reason, and is acknowledged; a failure of Courier's own (database down) rolls back, so the
 * broker redelivers it. Nothing is lost and no consumer is stuck.
 */
abstract class IngressConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(IngressConsumer.class.getName());

  @Inject FailureRecorder failures;
  @Resource MessageDrivenContext context;

  /** The largest body taken in, as for the HTTP API ({@code courier.limits.payload-bytes}). */
  @Inject
  @ConfigProperty(name = "courier.limits.payload-bytes", defaultValue = "262144")
  int payloadBytes;

  /** The transport whose queue this consumer reads. */
  abstract String transport();

  /** Takes the message in; throws with the reason when it cannot be taken. */
  abstract void accept(ReceivedMessage received) throws MalformedEnvelopeException;

  @Override
  public void onMessage(Message message) {
    try {
      ReceivedMessage received = ReceivedMessage.of(message);
      try {
        accept(received);
      } catch (MalformedEnvelopeException e) {
        failures.recordUndecodable(received, transport(), e.getMessage());
      }
    } catch (JMSException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "Courier: a message on " + transport() + " was not taken in; it will be redelivered");
      context.setRollbackOnly();
    }
  }
}
