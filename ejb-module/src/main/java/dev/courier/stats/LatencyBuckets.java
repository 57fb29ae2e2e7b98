package dev.courier.stats;

/**
 * The upper bounds, in milliseconds, of the buckets every handling time is counted in; the last
 * bucket (no bound) takes the rest. The same bounds serve the percentiles of the stats API and the
 * {@code le} buckets of the Prometheus histogram.
 */
public final class LatencyBuckets {

  static final double[] BOUNDS_MS = {
    0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1_000, 1_500, 2_000,
    3_000, 5_000, 7_500, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000
  };

  private LatencyBuckets() {}

  /** Number of buckets: one per bound plus the overflow bucket. */
  static int count() {
    return BOUNDS_MS.length + 1;
  }

  static int indexOf(double ms) {
    int low = 0;
    int high = BOUNDS_MS.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ms <= BOUNDS_MS[middle]) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** The bound of a bucket; infinite for the overflow bucket. */
  public static double upperBoundMs(int index) {
    return index < BOUNDS_MS.length ? BOUNDS_MS[index] : Double.POSITIVE_INFINITY;
  }
}
