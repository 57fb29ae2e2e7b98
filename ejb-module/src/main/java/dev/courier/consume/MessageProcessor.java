package dev.courier.consume;

import dev.courier.envelope.Envelope;
import dev.courier.envelope.JmsEnvelopes;
import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.handler.HandlerBinding;
import dev.courier.handler.HandlerRegistry;
import dev.courier.handler.MessageContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles one delivery for any transport, inside the consumer's transaction: decode the envelope,
 * find the handler, bind the payload, invoke. Every failure is rolled back and so redelivered by
 * the broker, which moves the message to the dead-letter queue after its max delivery attempts.
 */
@ApplicationScoped
public class MessageProcessor {

  private static final Logger LOG = Logger.getLogger(MessageProcessor.class.getName());

  @Inject HandlerRegistry handlers;
  @Inject Jsonb jsonb;

  public ProcessingOutcome process(Message message, String transport) {
    Envelope envelope;
    try {
      envelope = JmsEnvelopes.read(message);
    } catch (MalformedEnvelopeException | JMSException e) {
      LOG.warning(() -> "Courier: undecodable message on " + transport + ": " + e.getMessage());
      return ProcessingOutcome.ROLLBACK;
    }
    Optional<HandlerBinding> binding = handlers.find(envelope.type());
    if (binding.isEmpty()) {
      LOG.warning(
          () ->
              "Courier: no handler for message "
                  + envelope.id()
                  + " of type '"
                  + envelope.type()
                  + "' on "
                  + transport);
      return ProcessingOutcome.ROLLBACK;
    }
    return invoke(binding.get(), envelope, transport);
  }

  private ProcessingOutcome invoke(HandlerBinding binding, Envelope envelope, String transport) {
    try {
      Object payload = jsonb.fromJson(envelope.body(), binding.messageClass());
      handlers.handler(binding).handle(payload, contextOf(envelope, transport));
      return ProcessingOutcome.COMMIT;
    } catch (JsonbException e) {
      LOG.warning(
          () ->
              "Courier: message "
                  + envelope.id()
                  + " has a body that does not match type '"
                  + envelope.type()
                  + "'");
      return ProcessingOutcome.ROLLBACK;
    } catch (Exception e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "Courier: handler for '"
                  + envelope.type()
                  + "' failed on message "
                  + envelope.id()
                  + " (attempt "
                  + envelope.attempt()
                  + ", transport "
                  + transport
                  + ")");
      return ProcessingOutcome.ROLLBACK;
    }
  }

  private static MessageContext contextOf(Envelope envelope, String transport) {
    return new MessageContext(
        envelope.id(),
        envelope.type(),
        transport,
        envelope.attempt(),
        envelope.dispatchedAt(),
        envelope.correlationId());
  }
}
