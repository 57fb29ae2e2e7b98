package dev.courier.retry;

import dev.courier.transport.RetryPolicy;
import java.util.function.DoubleSupplier;

/**
 * The delay before retry n (n = 1, 2, …): min(delay × multiplier^(n−1), max-delay), spread by ±
 * jitter so retries of many messages that failed together do not all come back at once.
 */
public final class RetryDelayCalculator {

  private RetryDelayCalculator() {}

  /**
   * @param random uniform in [0, 1)
   */
  public static long delayMs(RetryPolicy policy, int retry, DoubleSupplier random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retries are numbered from 1, was " + retry);
    }
    double base = policy.delayMs() * Math.pow(policy.multiplier(), retry - 1);
    double capped = Math.min(base, policy.maxDelayMs());
    double spread = 1 + policy.jitter() * (2 * random.getAsDouble() - 1);
    return Math.max(0, Math.round(capped * spread));
  }
}
