package dev.courier.dispatch;

import dev.courier.envelope.Envelope;
import dev.courier.transport.Transport;
import java.util.Optional;

/**
 * A validated message, routed and wrapped, ready for the broker.
 *
 * @param expiresAt the broker drops the message unhandled after this time (epoch ms); 0 for never
 */
public record OutgoingMessage(
    Envelope envelope,
    Transport transport,
    long delayMs,
    Optional<String> idempotencyKey,
    long expiresAt) {

  /**
   * The next attempt of a failed message: same id, attempt + 1, after a delay, no dedup key, and
   * the expiry of the delivery that failed.
   */
  public static OutgoingMessage retryOf(
      Envelope failed, Transport transport, long delayMs, long expiresAt) {
    Envelope next =
        new Envelope(
            failed.id(),
            failed.type(),
            failed.attempt() + 1,
            failed.dispatchedAt(),
            failed.build(),
            transport.name(),
            failed.correlationId(),
            failed.runId(),
            failed.body());
    return new OutgoingMessage(next, transport, delayMs, Optional.empty(), expiresAt);
  }

  DispatchReceipt receipt() {
    return new DispatchReceipt(
        envelope.id(), envelope.type(), transport.name(), envelope.dispatchedAt());
  }
}
