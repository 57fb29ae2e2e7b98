package dev.courier.bench;

import dev.courier.stats.HandlerSnapshot;
import dev.courier.stats.HandlerStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks' minute write costs in memory, once a minute (issue 15: the inputs of the
 * weekly snapshot must stay cheap): taking the stats' running totals of every message type and
 * transport and subtracting the totals of the previous write, as {@code HandlingMinutes.flush} does
 * before its one insert per row. Nothing is added per handled message: the totals are the stats
 * {@link StatsRecordingBench} measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MinuteDifferenceBench {

  @Param({"8", "64"})
  int pairs;

  private final HandlerStats stats = new HandlerStats();
  private Map<String, HandlerSnapshot> previous = new HashMap<>();

  @Setup
  public void record() {
    for (int i = 0; i < pairs; i++) {
      for (int n = 0; n < 1_000; n++) {
        stats.handled("type-" + i, "normal", 100_000L * (n % 50 + 1));
      }
    }
    previous = totals(stats.byTypeAndTransport());
  }

  @Benchmark
  public List<HandlerSnapshot> differenceSincePreviousWrite() {
    stats.handled("type-0", "normal", 250_000);
    List<HandlerSnapshot> differences = new ArrayList<>();
    List<HandlerSnapshot> now = stats.byTypeAndTransport();
    for (HandlerSnapshot current : now) {
      HandlerSnapshot difference = current.minus(previous.get(current.type()));
      if (!difference.isEmpty()) {
        differences.add(difference);
      }
    }
    previous = totals(now);
    return differences;
  }

  private static Map<String, HandlerSnapshot> totals(List<HandlerSnapshot> snapshots) {
    Map<String, HandlerSnapshot> byType = new HashMap<>();
    snapshots.forEach(snapshot -> byType.put(snapshot.type(), snapshot));
    return byType;
  }
}
