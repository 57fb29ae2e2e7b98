package dev.courier.stats;

import java.util.concurrent.atomic.LongAdder;

/** Handling times counted in {@link LatencyBuckets}; cheap to record from many threads at once. */
final class LatencyHistogram {

  private final LongAdder[] counts = new LongAdder[LatencyBuckets.count()];
  private final LongAdder sumMicros = new LongAdder();

  LatencyHistogram() {
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
  }

  void record(long nanos) {
    long micros = nanos / 1_000;
    counts[LatencyBuckets.indexOf(micros / 1_000.0)].increment();
    sumMicros.add(micros);
  }

  void reset() {
    for (LongAdder count : counts) {
      count.reset();
    }
    sumMicros.reset();
  }

  LatencySnapshot snapshot() {
    long[] copy = new long[counts.length];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].sum();
    }
    return new LatencySnapshot(copy, sumMicros.sum() / 1_000.0);
  }
}
