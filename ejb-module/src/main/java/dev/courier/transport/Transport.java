package dev.courier.transport;

import java.util.Objects;
import java.util.Set;

/**
 * A named queue with its own consumer pool and retry policy.
 *
 * @param unrecoverable exception class names never retried on this transport (subclasses included)
 * @param timeoutMs a handler running longer fails recoverably; 0 for no limit but the transaction
 *     timeout
 * @param ratePerSecond at most this many messages handled per second on this node; 0 for no limit
 */
public record Transport(
    String name,
    int concurrency,
    RetryPolicy retry,
    Set<String> unrecoverable,
    long timeoutMs,
    BreakerPolicy breaker,
    double ratePerSecond) {

  public Transport {
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(breaker, "breaker");
    if (ratePerSecond < 0 || Double.isNaN(ratePerSecond)) {
      throw new IllegalArgumentException(
          "courier.transport." + name + ".rate must be >= 0, was " + ratePerSecond);
    }
    unrecoverable = Set.copyOf(unrecoverable);
    if (timeoutMs < 0) {
      throw new IllegalArgumentException(
          "courier.transport." + name + ".timeout must be >= 0, was " + timeoutMs);
    }
    if (name == null || !TransportNames.isValidName(name)) {
      throw new IllegalArgumentException("invalid transport name: " + name);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException(
          "courier.transport." + name + ".concurrency must be >= 1, was " + concurrency);
    }
  }

  /** The broker queue, e.g. {@code courier.high}. */
  public String queueName() {
    return TransportNames.queueName(name);
  }

  /** Where the server binds the queue in JNDI. */
  public String jndiName() {
    return TransportNames.QUEUE_JNDI_PREFIX + name;
  }
}
