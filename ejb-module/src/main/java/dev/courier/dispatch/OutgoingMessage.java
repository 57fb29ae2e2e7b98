package dev.courier.dispatch;

import dev.courier.envelope.Envelope;
import dev.courier.transport.Transport;
import java.util.Optional;

/** A validated message, routed and wrapped, ready for the broker. */
public record OutgoingMessage(
    Envelope envelope, Transport transport, long delayMs, Optional<String> idempotencyKey) {

  /** The next attempt of a failed message: same id, attempt + 1, after a delay, no dedup key. */
  public static OutgoingMessage retryOf(Envelope failed, Transport transport, long delayMs) {
    Envelope next =
        new Envelope(
            failed.id(),
            failed.type(),
            failed.attempt() + 1,
            failed.dispatchedAt(),
            failed.build(),
            transport.name(),
            failed.correlationId(),
            failed.body());
    return new OutgoingMessage(next, transport, delayMs, Optional.empty());
  }

  DispatchReceipt receipt() {
    return new DispatchReceipt(
        envelope.id(), envelope.type(), transport.name(), envelope.dispatchedAt());
  }
}
