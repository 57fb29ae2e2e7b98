package dev.courier.ratelimit;

/**
 * Spaces deliveries to a rate (pure state; the generic cell rate algorithm): up to one second's
 * worth may run at once, after that each delivery gets the next free slot, {@code 1/rate} apart. A
 * delivery given a later slot is put back until then and handled when it returns, without taking
 * another slot; so a flood is spread over time instead of being deferred again and again.
 */
final class RateLimiter {

  private final double intervalMs;
  private final double burstMs;
  private double theoreticalArrivalMs = Double.NEGATIVE_INFINITY;

  RateLimiter(double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be > 0, was " + perSecond);
    }
    intervalMs = 1_000 / perSecond;
    burstMs = Math.max(0, Math.floor(perSecond) - 1) * intervalMs;
  }

  /**
   * Takes the next slot.
   *
   * @return 0 to run now, else the ms until the slot taken for this delivery
   */
  synchronized long reserve(long nowMs) {
    double arrival = Math.max(theoreticalArrivalMs, nowMs);
    double wait = arrival - nowMs - burstMs;
    theoreticalArrivalMs = arrival + intervalMs;
    return wait <= 0 ? 0 : (long) Math.ceil(wait);
  }
}
