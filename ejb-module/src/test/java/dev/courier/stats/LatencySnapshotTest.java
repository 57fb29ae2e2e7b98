package dev.courier.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatencySnapshotTest {

  private static long ms(double ms) {
    return (long) (ms * 1_000_000);
  }

  @Test
  void nothingRecordedHasNoPercentiles() {
    assertEquals(Optional.empty(), new LatencyHistogram().snapshot().percentileMs(0.5));
  }

  @Test
  void percentilesFallInTheBucketOfTheirRank() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (int i = 0; i < 90; i++) {
      histogram.record(ms(4));
    }
    for (int i = 0; i < 10; i++) {
      histogram.record(ms(400));
    }
    LatencySnapshot snapshot = histogram.snapshot();

    assertEquals(100, snapshot.total());
    double p50 = snapshot.percentileMs(0.5).orElseThrow();
    assertTrue(p50 > 3 && p50 <= 5, "p50 " + p50);
    double p95 = snapshot.percentileMs(0.95).orElseThrow();
    assertTrue(p95 > 300 && p95 <= 500, "p95 " + p95);
    assertEquals(90 * 4 + 10 * 400, snapshot.sumMs(), 0.001);
  }

  @Test
  void timesBeyondTheLastBoundAreCounted() {
    LatencyHistogram histogram = new LatencyHistogram();
    histogram.record(ms(900_000));

    assertEquals(1, histogram.snapshot().total());
    assertEquals(300_000, histogram.snapshot().percentileMs(0.99).orElseThrow());
  }

  @Test
  void bucketsAreFoundByTheirUpperBound() {
    assertEquals(0, LatencyBuckets.indexOf(0));
    assertEquals(0, LatencyBuckets.indexOf(0.5));
    assertEquals(1, LatencyBuckets.indexOf(0.51));
    assertEquals(LatencyBuckets.count() - 1, LatencyBuckets.indexOf(1e9));
  }
}
