package dev.courier.bench;

import dev.courier.stats.HandlerStats;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What recording one handled message costs the consumer thread (issue: "recording must not slow the
 * hot path measurably"): a map lookup, counters and two histograms. Compare with the ~500-650 µs of
 * server CPU a bare MDB delivery costs on this machine (PERF-NOTES).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatsRecordingBench {

  private final HandlerStats stats = new HandlerStats();
  private long nanos = 1_000;

  @Benchmark
  public void recordHandled() {
    nanos = (nanos * 31 + 7) & 0xFFFFFFFL;
    stats.handled("courier.probe", "high", nanos);
  }

  @Benchmark
  @Threads(2)
  public void recordHandledOnTwoThreads() {
    stats.handled("courier.probe", "high", 250_000);
  }

  @Benchmark
  public void recordHandledAcrossTypes() {
    nanos = (nanos * 31 + 7) & 0xFFFFFFFL;
    stats.handled(TYPES[(int) (nanos & 7)], "normal", nanos);
  }

  private static final String[] TYPES = {
    "SendEmail", "ResizeImage", "ChargeCard", "IndexDocument",
    "NotifySlack", "ExportCsv", "SyncCrm", "courier.probe"
  };
}
