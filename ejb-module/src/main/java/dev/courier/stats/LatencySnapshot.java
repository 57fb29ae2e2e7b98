package dev.courier.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * Handling times at one moment: the count per {@link LatencyBuckets} bucket and their sum.
 * Percentiles are estimated within their bucket by linear interpolation (as Prometheus's {@code
 * histogram_quantile} does), so they are as precise as the buckets are narrow.
 */
public record LatencySnapshot(long[] counts, double sumMs) {

  static LatencySnapshot empty() {
    return new LatencySnapshot(new long[LatencyBuckets.count()], 0);
  }

  public long total() {
    return Arrays.stream(counts).sum();
  }

  LatencySnapshot plus(LatencySnapshot other) {
    long[] sum = new long[counts.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = counts[i] + other.counts[i];
    }
    return new LatencySnapshot(sum, sumMs + other.sumMs);
  }

  /** What was recorded between {@code earlier} and this one. */
  public LatencySnapshot minus(LatencySnapshot earlier) {
    long[] difference = new long[counts.length];
    for (int i = 0; i < difference.length; i++) {
      difference[i] = counts[i] - earlier.counts[i];
    }
    return new LatencySnapshot(difference, sumMs - earlier.sumMs);
  }

  /**
   * @param quantile between 0 and 1, e.g. 0.95
   * @return the estimated time in ms, empty when nothing was recorded
   */
  public Optional<Double> percentileMs(double quantile) {
    long total = total();
    if (total == 0) {
      return Optional.empty();
    }
    double rank = quantile * total;
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && seen + counts[i] >= rank) {
        double lower = i == 0 ? 0 : LatencyBuckets.upperBoundMs(i - 1);
        double upper = LatencyBuckets.upperBoundMs(i);
        if (Double.isInfinite(upper)) {
          return Optional.of(lower);
        }
        return Optional.of(lower + (upper - lower) * (rank - seen) / counts[i]);
      }
      seen += counts[i];
    }
    return Optional.of(LatencyBuckets.upperBoundMs(counts.length - 2));
  }
}
