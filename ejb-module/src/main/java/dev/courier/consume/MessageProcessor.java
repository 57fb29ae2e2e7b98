package dev.courier.consume;

import dev.courier.breaker.TransportBreakers;
import dev.courier.build.BuildGuard;
import dev.courier.envelope.Envelope;
import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.failure.ErrorHistory;
import dev.courier.failure.FailureRecorder;
import dev.courier.handler.HandlerBinding;
import dev.courier.handler.HandlerRegistry;
import dev.courier.handler.MessageContext;
import dev.courier.ratelimit.TransportRateLimits;
import dev.courier.retry.Recoverability;
import dev.courier.stats.Deferral;
import dev.courier.stats.HandlerStats;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handles one delivery for any transport, inside the consumer's transaction: decode the envelope,
 * find the handler, bind the payload, invoke. A handler failure is retried or stored ({@link
 * Recoverability}); an undecodable message is stored at once. Only when that bookkeeping itself
 * fails (database down) is the delivery rolled back, so the broker keeps the message.
 */
@ApplicationScoped
public class MessageProcessor {

  private static final Logger LOG = Logger.getLogger(MessageProcessor.class.getName());

  @Inject HandlerRegistry handlers;
  @Inject HandlerInvoker invoker;
  @Inject Recoverability recoverability;
  @Inject FailureRecorder failures;
  @Inject ErrorHistory history;
  @Inject TransportRegistry transports;
  @Inject Jsonb jsonb;
  @Inject Deferrer deferrer;
  @Inject BuildGuard buildGuard;
  @Inject TransportRateLimits rateLimits;
  @Inject TransportBreakers breakers;
  @Inject HandlerStats stats;

  @Inject
  @ConfigProperty(name = "courier.build-guard.delay", defaultValue = "30000")
  long newerBuildDelayMs;

  public ProcessingOutcome process(Message message, String transportName) {
    try {
      Transport transport = transports.find(transportName).orElseThrow();
      handle(ReceivedMessage.of(message), transport);
      return ProcessingOutcome.COMMIT;
    } catch (JMSException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "Courier: a delivery on "
                  + transportName
                  + " could not be processed; the broker will redeliver it");
      return ProcessingOutcome.ROLLBACK;
    }
  }

  private void handle(ReceivedMessage received, Transport transport) {
    Envelope envelope;
    HandlerBinding binding;
    Object payload;
    try {
      envelope = received.decode();
    } catch (MalformedEnvelopeException e) {
      failures.recordUndecodable(received, transport.name(), e.getMessage());
      return;
    }
    if (buildGuard.refuses(envelope.build())) {
      // Before the handler lookup: a newer build may send types this node does not know yet.
      deferrer.defer(
          received, envelope, transport, Deferral.NEWER_BUILD, newerBuildDelayMs, Map.of());
      return;
    }
    try {
      binding =
          handlers
              .find(envelope.type())
              .orElseThrow(
                  () ->
                      new MalformedEnvelopeException(
                          "no handler for message type '" + envelope.type() + "'"));
      payload = bind(envelope, binding);
    } catch (MalformedEnvelopeException e) {
      failures.recordUndecodable(received, transport.name(), e.getMessage());
      return;
    }
    if (!admitted(received, envelope, transport)) {
      return;
    }
    long started = System.nanoTime();
    try {
      invoker.invoke(
          handlers.handler(binding),
          payload,
          contextOf(envelope, transport.name()),
          transport.timeoutMs());
    } catch (Exception failure) {
      if (AttemptInterruptedException.interrupted(failure)) {
        // The server is stopping: roll back, so the broker keeps the message, uncharged.
        throw new AttemptInterruptedException(envelope, failure);
      }
      boolean retried = recoverability.onFailure(envelope, received, transport, failure);
      stats.failed(envelope.type(), transport.name(), System.nanoTime() - started, retried);
      breakers.failed(transport);
      return;
    }
    stats.handled(envelope.type(), transport.name(), System.nanoTime() - started);
    breakers.succeeded(transport);
    if (envelope.attempt() > 0) {
      history.clear(envelope.id());
    }
  }

  /**
   * Whether the transport may handle the message now; if not, it is put back for later, uncharged:
   * while the transport is over its rate limit, or while its breaker is not closed (the rate limit
   * is asked first, so a half-open breaker's one trial is always handled).
   */
  private boolean admitted(ReceivedMessage received, Envelope envelope, Transport transport) {
    long now = System.currentTimeMillis();
    long rateDelayMs = rateLimits.delayMs(transport, received, now);
    if (rateDelayMs > 0) {
      deferrer.defer(
          received,
          envelope,
          transport,
          Deferral.RATE_LIMIT,
          rateDelayMs,
          Map.of(EnvelopeProperties.RATE_SLOT, now + rateDelayMs));
      return false;
    }
    if (!breakers.admits(transport)) {
      deferrer.defer(
          received,
          envelope,
          transport,
          Deferral.BREAKER_OPEN,
          breakers.deferMs(transport),
          Map.of());
      return false;
    }
    return true;
  }

  private Object bind(Envelope envelope, HandlerBinding binding) throws MalformedEnvelopeException {
    try {
      return jsonb.fromJson(envelope.body(), binding.messageClass());
    } catch (JsonbException e) {
      throw new MalformedEnvelopeException(
          "the body does not match the fields of message type '" + envelope.type() + "'");
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
