package dev.courier.transport;

/**
 * How a transport retries a failed message: up to {@code maxRetries} times, the n-th retry after
 * min(delayMs × multiplier^(n−1), maxDelayMs), spread by ± jitter (a fraction).
 */
public record RetryPolicy(
    int maxRetries, long delayMs, double multiplier, long maxDelayMs, double jitter) {

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("retry.max must be >= 0, was " + maxRetries);
    }
    if (delayMs < 0) {
      throw new IllegalArgumentException("retry.delay must be >= 0, was " + delayMs);
    }
    if (multiplier < 1) {
      throw new IllegalArgumentException("retry.multiplier must be >= 1, was " + multiplier);
    }
    if (maxDelayMs < delayMs) {
      throw new IllegalArgumentException(
          "retry.max-delay (" + maxDelayMs + ") must be >= retry.delay (" + delayMs + ")");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("retry.jitter must be within [0, 1], was " + jitter);
    }
  }
}
