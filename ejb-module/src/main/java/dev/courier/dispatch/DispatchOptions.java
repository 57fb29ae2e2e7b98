package dev.courier.dispatch;

import java.util.Objects;
import java.util.Optional;

/**
 * How to send one message. All optional: the router picks the transport, there is no delay, and the
 * broker does not deduplicate.
 *
 * @param transport overrides the routing configuration
 * @param delayMs the message is not delivered before this many milliseconds
 * @param idempotencyKey a second message with the same key on the same transport is dropped
 * @param correlationId carried along to follow-up messages
 */
public record DispatchOptions(
    Optional<String> transport,
    long delayMs,
    Optional<String> idempotencyKey,
    Optional<String> correlationId) {

  private static final DispatchOptions NONE =
      new DispatchOptions(Optional.empty(), 0, Optional.empty(), Optional.empty());

  public DispatchOptions {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(correlationId, "correlationId");
  }

  public static DispatchOptions none() {
    return NONE;
  }

  public DispatchOptions toTransport(String name) {
    return new DispatchOptions(Optional.of(name), delayMs, idempotencyKey, correlationId);
  }

  public DispatchOptions delayedBy(long millis) {
    return new DispatchOptions(transport, millis, idempotencyKey, correlationId);
  }

  public DispatchOptions withIdempotencyKey(String key) {
    return new DispatchOptions(transport, delayMs, Optional.of(key), correlationId);
  }

  public DispatchOptions withCorrelationId(String id) {
    return new DispatchOptions(transport, delayMs, idempotencyKey, Optional.of(id));
  }
}
