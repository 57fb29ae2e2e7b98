package dev.courier.breaker;

import java.util.Locale;

/** Where a transport's circuit breaker stands. */
public enum BreakerState {
  /** Messages flow. */
  CLOSED,
  /** Too many consecutive failures: the transport is paused until its cool-down has passed. */
  OPEN,
  /** The cool-down has passed: one trial message decides between closed and open. */
  HALF_OPEN;

  /** The name in the API, the metrics and health, e.g. {@code half-open}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
