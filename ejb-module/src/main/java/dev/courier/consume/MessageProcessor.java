package dev.courier.consume;

import dev.courier.breaker.TransportBreakers;
import dev.courier.dispatch.FollowUps;
import dev.courier.dispatch.OutgoingMessage;
import dev.courier.envelope.Envelope;
import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.events.GroupDeliveries;
import dev.courier.failure.FailureRecorder;
import dev.courier.failure.StackTraces;
import dev.courier.handler.HandlerBinding;
import dev.courier.handler.HandlerRegistry;
import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.pipeline.RunTracker;
import dev.courier.retry.Recoverability;
import dev.courier.schedule.ScheduleRuns;
import dev.courier.stats.HandlerStats;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles one delivery for any transport, inside the consumer's transaction: decode the envelope,
 * ask the {@link DeliveryGate} (build guard, rate limit, breaker), find the handler (a consumer
 * group's event handler on a group's transport: {@link GroupDeliveries}), bind the payload, invoke,
 * and record the outcome in the stats and the breaker. A handler failure is retried or stored
 * ({@link Recoverability}); an undecodable message is stored at once. Only when that bookkeeping
 * itself fails (database down) is the delivery rolled back, so the broker keeps the message.
 */
@ApplicationScoped
public class MessageProcessor {

  private static final Logger LOG = Logger.getLogger(MessageProcessor.class.getName());

  @Inject HandlerRegistry handlers;
  @Inject HandlerInvoker invoker;
  @Inject FollowUps followUps;
  @Inject Recoverability recoverability;
  @Inject FailureRecorder failures;
  @Inject TransportRegistry transports;
  @Inject Jsonb jsonb;
  @Inject DeliveryGate gate;
  @Inject TransportBreakers breakers;
  @Inject HandlerStats stats;
  @Inject RunTracker runs;
  @Inject GroupDeliveries groups;
  @Inject ScheduleRuns scheduleRuns;
  @Inject RememberedFailures remembered;

  public ProcessingOutcome process(Message message, String transportName) {
    return process(message, transportName, false);
  }

  /**
   * @param joined the handler runs in the consuming transaction (a batch's) instead of one of its
   *     own; if it fails, the delivery must roll back, and the failure is applied when the broker
   *     delivers it again ({@link RememberedFailures})
   */
  public ProcessingOutcome process(Message message, String transportName, boolean joined) {
    try {
      Transport transport = transports.find(transportName).orElseThrow();
      return handle(ReceivedMessage.of(message), transport, joined);
    } catch (SharedAttemptFailedException e) {
      LOG.log(Level.FINE, e, e::getMessage);
      return ProcessingOutcome.ROLLBACK;
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

  private ProcessingOutcome handle(ReceivedMessage delivered, Transport transport, boolean joined) {
    boolean group = groups.isGroup(transport.name());
    GroupDeliveries.Addressed addressed =
        group
            ? groups.addressedTo(transport.name(), delivered)
            : new GroupDeliveries.Addressed(delivered, Optional.empty());
    ReceivedMessage received = addressed.message();
    Envelope envelope;
    MessageHandler<Object> handler;
    Object payload;
    try {
      envelope = received.decode();
    } catch (MalformedEnvelopeException e) {
      failures.recordUndecodable(received, transport.name(), e.getMessage());
      return ProcessingOutcome.COMMIT;
    }
    if (!gate.fromThisOrAnOlderBuild(received, envelope, transport)) {
      // Asked before the handler lookup: a newer build may send types this node does not know.
      return ProcessingOutcome.COMMIT;
    }
    try {
      if (group) {
        GroupDeliveries.Target target =
            groups.target(transport.name(), envelope, addressed.event());
        handler = target.handler();
        payload = target.event();
      } else {
        HandlerBinding binding =
            handlers
                .find(envelope.type())
                .orElseThrow(
                    () ->
                        new MalformedEnvelopeException(
                            "no handler for message type '" + envelope.type() + "'"));
        handler = handlers.handler(binding);
        payload = bind(envelope, binding);
      }
    } catch (MalformedEnvelopeException e) {
      failures.recordUndecodable(received, transport.name(), e.getMessage());
      followUps.send(runs.failed(envelope, transport.name(), Instant.now(), e.getMessage(), true));
      return ProcessingOutcome.COMMIT;
    }
    if (!gate.withinLimits(received, envelope, transport)) {
      return ProcessingOutcome.COMMIT;
    }
    long started = System.nanoTime();
    Instant startedAt = Instant.now();
    List<OutgoingMessage> next;
    try {
      next = invoke(handler, payload, envelope, transport, joined);
    } catch (Exception failure) {
      if (AttemptInterruptedException.interrupted(failure)) {
        // The server is stopping: roll back, so the broker keeps the message, uncharged.
        throw new AttemptInterruptedException(envelope, failure);
      }
      if (joined) {
        remembered.remember(envelope.id(), envelope.attempt(), failure);
        throw new SharedAttemptFailedException(envelope, failure);
      }
      boolean retried = recoverability.onFailure(envelope, received, transport, failure);
      followUps.send(
          runs.failed(envelope, transport.name(), startedAt, describe(failure), !retried));
      stats.failed(envelope.type(), transport.name(), System.nanoTime() - started, retried);
      if (!retried) {
        endScheduleRun(envelope, false);
      }
      breakers.failed(transport);
      return ProcessingOutcome.HANDLER_FAILED;
    }
    followUps.send(runs.handled(envelope, transport.name(), startedAt, next));
    stats.handled(envelope.type(), transport.name(), System.nanoTime() - started);
    endScheduleRun(envelope, true);
    breakers.succeeded(transport);
    return ProcessingOutcome.COMMIT;
  }

  /** The handler's outcome: the failure remembered from a rolled-back batch, else its run. */
  private List<OutgoingMessage> invoke(
      MessageHandler<Object> handler,
      Object payload,
      Envelope envelope,
      Transport transport,
      boolean joined)
      throws Exception {
    Optional<Exception> failure = remembered.take(envelope.id(), envelope.attempt());
    if (failure.isPresent()) {
      throw failure.get();
    }
    MessageContext context = contextOf(envelope, transport.name());
    return joined
        ? invoker.invokeJoined(handler, payload, context, transport.timeoutMs())
        : invoker.invoke(handler, payload, context, transport.timeoutMs());
  }

  private void endScheduleRun(Envelope envelope, boolean handled) {
    if (ScheduleRuns.belongsToRun(envelope.correlationId())) {
      scheduleRuns.finished(envelope.id(), envelope.correlationId(), handled);
    }
  }

  private Object bind(Envelope envelope, HandlerBinding binding) throws MalformedEnvelopeException {
    try {
      return jsonb.fromJson(envelope.body(), binding.messageClass());
    } catch (JsonbException e) {
      throw new MalformedEnvelopeException(
          "the body does not match the fields of message type '" + envelope.type() + "'");
    }
  }

  private static String describe(Throwable failure) {
    return failure.getClass().getSimpleName() + ": " + StackTraces.message(failure);
  }

  private static MessageContext contextOf(Envelope envelope, String transport) {
    return new MessageContext(
        envelope.id(),
        envelope.type(),
        transport,
        envelope.attempt(),
        envelope.dispatchedAt(),
        envelope.correlationId(),
        envelope.runId());
  }
}
