package dev.courier.retry;

import dev.courier.dispatch.OutgoingMessage;
import dev.courier.dispatch.QueueSender;
import dev.courier.envelope.Envelope;
import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.failure.AttemptTrail;
import dev.courier.failure.FailureRecorder;
import dev.courier.transport.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * What happens to a message whose handler failed, inside the consuming transaction: a recoverable
 * failure with retries left is sent again (attempt + 1, after the strategy's delay); otherwise the
 * message goes to the failure store. Either way the error joins the message's history: carried by
 * the retry ({@link AttemptTrail}), or written with the failure record.
 */
@ApplicationScoped
public class Recoverability {

  private static final Logger LOG = Logger.getLogger(Recoverability.class.getName());

  @Inject FailureRecorder failures;
  @Inject QueueSender sender;

  /**
   * @return whether the message will be tried again (else it is in the failure store)
   */
  @Transactional(TxType.MANDATORY)
  public boolean onFailure(
      Envelope envelope, ReceivedMessage received, Transport transport, Throwable failure) {
    ErrorClassifier.Classification verdict =
        ErrorClassifier.classify(failure, transport.unrecoverable());
    if (verdict.recoverable() && envelope.attempt() < transport.retry().maxRetries()) {
      long delayMs =
          verdict
              .retryDelayMs()
              .orElseGet(
                  () ->
                      RetryDelayCalculator.delayMs(
                          transport.retry(),
                          envelope.attempt() + 1,
                          ThreadLocalRandom.current()::nextDouble));
      sender.sendInDelivery(
          OutgoingMessage.retryOf(envelope, transport, delayMs, received.expiresAt()),
          Map.of(
              EnvelopeProperties.ERRORS,
              AttemptTrail.with(
                  received.properties().get(EnvelopeProperties.ERRORS),
                  envelope.id(),
                  envelope.attempt(),
                  failure)));
      LOG.fine(
          () ->
              "Courier: message "
                  + envelope.id()
                  + " ("
                  + envelope.type()
                  + ") failed on attempt "
                  + (envelope.attempt() + 1)
                  + ", retry in "
                  + delayMs
                  + " ms: "
                  + failure);
      return true;
    }
    failures.record(envelope, received, transport.name(), failure);
    return false;
  }
}
