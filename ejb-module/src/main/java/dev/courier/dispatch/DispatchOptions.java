package dev.courier.dispatch;

import java.util.Objects;
import java.util.Optional;

/**
 * How to send one message. All optional: the router picks the transport, there is no delay, the
 * broker does not deduplicate, and the message lives as long as its transport says.
 *
 * @param transport overrides the routing configuration
 * @param delayMs the message is not delivered before this many milliseconds
 * @param idempotencyKey a second message with the same key on the same transport is dropped
 * @param correlationId carried along to follow-up messages
 * @param runId the pipeline run the message belongs to, carried along like the correlation id
 * @param ttlMs overrides the transport's time-to-live: a message not handled this many milliseconds
 *     after its dispatch is dropped by the broker; 0 for the transport's
 */
public record DispatchOptions(
    Optional<String> transport,
    long delayMs,
    Optional<String> idempotencyKey,
    Optional<String> correlationId,
    Optional<String> runId,
    long ttlMs) {

  private static final DispatchOptions NONE =
      new DispatchOptions(
          Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(), 0);

  public DispatchOptions {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(runId, "runId");
  }

  public static DispatchOptions none() {
    return NONE;
  }

  public DispatchOptions toTransport(String name) {
    return new DispatchOptions(
        Optional.of(name), delayMs, idempotencyKey, correlationId, runId, ttlMs);
  }

  public DispatchOptions delayedBy(long millis) {
    return new DispatchOptions(transport, millis, idempotencyKey, correlationId, runId, ttlMs);
  }

  public DispatchOptions withIdempotencyKey(String key) {
    return new DispatchOptions(transport, delayMs, Optional.of(key), correlationId, runId, ttlMs);
  }

  public DispatchOptions withCorrelationId(String id) {
    return new DispatchOptions(transport, delayMs, idempotencyKey, Optional.of(id), runId, ttlMs);
  }

  public DispatchOptions inRun(Optional<String> id) {
    return new DispatchOptions(transport, delayMs, idempotencyKey, correlationId, id, ttlMs);
  }

  public DispatchOptions expiringAfter(long millis) {
    return new DispatchOptions(transport, delayMs, idempotencyKey, correlationId, runId, millis);
  }
}
