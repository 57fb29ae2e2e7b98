package dev.courier.transport;

/**
 * When a transport's circuit breaker opens: after {@code failures} consecutive failed attempts
 * within {@code windowMs}; it stays open for {@code coolDownMs}, then lets one message through.
 *
 * @param failures 0 turns the breaker off
 */
public record BreakerPolicy(int failures, long windowMs, long coolDownMs) {

  public static final BreakerPolicy OFF = new BreakerPolicy(0, 60_000, 30_000);

  public BreakerPolicy {
    if (failures < 0) {
      throw new IllegalArgumentException("breaker.failures must be >= 0, was " + failures);
    }
    if (windowMs < 1) {
      throw new IllegalArgumentException("breaker.window must be >= 1 ms, was " + windowMs);
    }
    if (coolDownMs < 1) {
      throw new IllegalArgumentException("breaker.cool-down must be >= 1 ms, was " + coolDownMs);
    }
  }

  public boolean enabled() {
    return failures > 0;
  }
}
