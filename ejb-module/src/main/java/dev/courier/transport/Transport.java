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
 * @param ttlMs a message not handled this many milliseconds after its dispatch is dropped by the
 *     broker (counted as expired), never handled; 0 for no limit
 * @param jndiName where the server binds the transport's queue: {@code
 *     java:/jms/queue/courier.<name>} for the built-in transports (server-config makes them),
 *     {@code java:global/jms/queue/courier.<name>} for a pipeline's stages (their consumer's
 *     declaration makes them)
 */
public record Transport(
    String name,
    int concurrency,
    RetryPolicy retry,
    Set<String> unrecoverable,
    long timeoutMs,
    BreakerPolicy breaker,
    double ratePerSecond,
    long ttlMs,
    String jndiName) {

  public Transport {
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(breaker, "breaker");
    Objects.requireNonNull(jndiName, "jndiName");
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
    if (ttlMs < 0) {
      throw new IllegalArgumentException(
          "courier.transport." + name + ".ttl must be >= 0, was " + ttlMs);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException(
          "courier.transport." + name + ".concurrency must be >= 1, was " + concurrency);
    }
  }

  /** The same transport with a time-to-live. */
  public Transport expiringAfter(long millis) {
    return new Transport(
        name,
        concurrency,
        retry,
        unrecoverable,
        timeoutMs,
        breaker,
        ratePerSecond,
        millis,
        jndiName);
  }

  /** Whether this is a consumer group's transport (its queue {@code courier.group.<group>}). */
  public boolean isGroup() {
    return jndiName.startsWith(TransportNames.GROUP_JNDI_PREFIX);
  }

  /** The JMS queue, e.g. {@code courier.high}: the last part of its JNDI name. */
  public String queueName() {
    return jndiName.substring(jndiName.lastIndexOf('/') + 1);
  }
}
