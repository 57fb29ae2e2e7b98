package dev.courier.dispatch;

import dev.courier.envelope.Envelope;
import dev.courier.transport.Transport;
import java.util.Optional;

/** A validated message, routed and wrapped, ready for the broker. */
record OutgoingMessage(
    Envelope envelope, Transport transport, long delayMs, Optional<String> idempotencyKey) {

  DispatchReceipt receipt() {
    return new DispatchReceipt(
        envelope.id(), envelope.type(), transport.name(), envelope.dispatchedAt());
  }
}
