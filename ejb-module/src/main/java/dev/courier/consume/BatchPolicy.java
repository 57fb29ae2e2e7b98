package dev.courier.consume;

import org.eclipse.microprofile.config.Config;

/**
 * How a batch-consumed transport gathers deliveries into one transaction: up to {@code size}
 * deliveries, waiting at most {@code waitMs} after the first for the rest. Read from {@code
 * courier.transport.<name>.batch.size} (50) and {@code .batch.wait} (2 ms).
 */
public record BatchPolicy(int size, long waitMs) {

  static final int DEFAULT_SIZE = 50;
  static final long DEFAULT_WAIT_MS = 2;

  public BatchPolicy {
    if (size < 1 || size > 10_000) {
      throw new IllegalArgumentException("batch size must be within 1..10000, was " + size);
    }
    if (waitMs < 0) {
      throw new IllegalArgumentException("batch wait must be >= 0 ms, was " + waitMs);
    }
  }

  public static BatchPolicy of(Config config, String transport) {
    String key = "courier.transport." + transport + ".batch.";
    return new BatchPolicy(
        config.getOptionalValue(key + "size", Integer.class).orElse(DEFAULT_SIZE),
        config.getOptionalValue(key + "wait", Long.class).orElse(DEFAULT_WAIT_MS));
  }
}
