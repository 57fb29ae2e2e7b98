package dev.courier.benchmark;

import dev.courier.stats.LatencySnapshot;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sums the minute rows of one message type and transport: counts, latency buckets, and handled per
 * minute across nodes, whose largest is the peak.
 */
final class FigureTotals {

  private final String type;
  private final String transport;
  private HandlingCounts counts = new HandlingCounts(0, 0, 0, 0);
  private long[] latency;
  private final Map<Instant, Long> handledPerMinute = new HashMap<>();

  FigureTotals(String type, String transport) {
    this.type = type;
    this.transport = transport;
  }

  void add(HandlingMinute row) {
    counts = counts.plus(row.counts());
    long[] rowLatency = row.latencyCounts();
    if (latency == null) {
      latency = new long[rowLatency.length];
    }
    for (int i = 0; i < latency.length; i++) {
      latency[i] += rowLatency[i];
    }
    handledPerMinute.merge(row.minute(), row.counts().handled(), Long::sum);
  }

  BenchmarkFigure figure() {
    LatencySnapshot times = new LatencySnapshot(latency, 0);
    return new BenchmarkFigure(
        type,
        transport,
        counts,
        times.percentileMs(0.50),
        times.percentileMs(0.95),
        times.percentileMs(0.99),
        handledPerMinute.values().stream().mapToLong(Long::longValue).max().orElse(0));
  }
}
