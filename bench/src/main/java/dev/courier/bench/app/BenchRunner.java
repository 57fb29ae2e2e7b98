package dev.courier.bench.app;

import dev.courier.failure.FailureStore;
import dev.courier.pipeline.PipelineRuns;
import dev.courier.pipeline.RunStatus;
import dev.courier.transport.Pipeline;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Runs one benchmark inside the server: sends N messages in batches of {@value #BATCH} per
 * transaction and measures until the last is handled (or stored), producer and consumers
 * overlapping, as a user's system would.
 */
@ApplicationScoped
public class BenchRunner {

  static final int BATCH = 100;
  private static final long PACE_TICK_MS = 10;

  /** One run's outcome. */
  public record Result(int messages, long elapsedMs, double perSecond, long p50Ms, long p99Ms) {}

  @Inject BatchSender sender;
  @Inject Tally tally;
  @Inject FailureStore failures;
  @Inject PipelineRuns runs;
  @Inject RowWriter rows;

  @Resource ManagedScheduledExecutorService scheduler;

  public Result run(Scenario scenario, int messages, long timeoutMs) {
    if (scenario.isPipeline()) {
      return runPipeline(scenario, messages, timeoutMs);
    }
    if (scenario.isEvents()) {
      return runEvents(scenario, messages, timeoutMs);
    }
    if (scenario.writesRows()) {
      rows.emptyTable();
    }
    tally.reset(0);
    LongSupplier done = done(scenario);
    long start = System.nanoTime();
    for (int sent = 0; sent < messages; sent += BATCH) {
      send(scenario, Math.min(BATCH, messages - sent));
    }
    return awaitAll(messages, done, start, timeoutMs);
  }

  /**
   * A scenario's messages at a steady rate, one small batch every {@value #PACE_TICK_MS} ms,
   * keeping each message's latency from dispatch to handler.
   */
  public Result paced(Scenario scenario, int messages, double perSecond, long timeoutMs) {
    tally.reset(messages);
    int perTick = Math.max(1, (int) Math.round(perSecond * PACE_TICK_MS / 1000));
    AtomicInteger sent = new AtomicInteger();
    long start = System.nanoTime();
    ScheduledFuture<?> pacer =
        scheduler.scheduleAtFixedRate(
            () -> {
              int count = Math.min(perTick, messages - sent.get());
              if (count > 0) {
                send(scenario, count);
                sent.addAndGet(count);
              }
            },
            0,
            PACE_TICK_MS,
            TimeUnit.MILLISECONDS);
    try {
      return awaitAll(messages, tally::count, start, timeoutMs);
    } finally {
      pacer.cancel(false);
    }
  }

  /**
   * As many probe pipeline runs as carry {@code messages} stage hops in all, started in batches of
   * {@value #BATCH} runs per transaction; done when every run is done. The result counts runs.
   */
  private Result runPipeline(Scenario scenario, int messages, long timeoutMs) {
    tally.reset(0);
    int count = Math.max(1, messages / scenario.hopsPerRun());
    long before = doneRuns();
    long start = System.nanoTime();
    for (int started = 0; started < count; started += BATCH) {
      sender.startProbeRuns(Math.min(BATCH, count - started), scenario.pipelineItems());
    }
    return awaitAll(count, new Throttled(() -> doneRuns() - before), start, timeoutMs);
  }

  /**
   * {@code events} events published in batches of {@value #BATCH} per transaction; done when every
   * group handled each. The result counts deliveries (events × groups).
   */
  private Result runEvents(Scenario scenario, int events, long timeoutMs) {
    tally.reset(0);
    long start = System.nanoTime();
    for (int sent = 0; sent < events; sent += BATCH) {
      sender.publishEvents(Math.min(BATCH, events - sent), scenario.eventType());
    }
    return awaitAll(events * scenario.groups(), tally::count, start, timeoutMs);
  }

  private long doneRuns() {
    return runs.list(Optional.of(Pipeline.PROBE.name()), Optional.of(RunStatus.DONE), 0, 1).total();
  }

  /**
   * Asks a costly supplier (a database count) at most every 500 ms: counting the done runs every
   * 100 ms took a tenth of the server's CPU during the pipeline rows (a flight recording of
   * 2026-12-07), which the benchmark then measured as Courier's.
   */
  private static final class Throttled implements LongSupplier {
    private final LongSupplier source;
    private long last;
    private long askedAt;

    Throttled(LongSupplier source) {
      this.source = source;
    }

    @Override
    public long getAsLong() {
      long now = System.nanoTime();
      if (now - askedAt > TimeUnit.MILLISECONDS.toNanos(500)) {
        last = source.getAsLong();
        askedAt = now;
      }
      return last;
    }
  }

  /** Heap in use after a full collection, in bytes. */
  public long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void send(Scenario scenario, int count) {
    if (scenario == Scenario.BASELINE) {
      sender.sendBaseline(count, Scenario.TEXT);
    } else {
      sender.dispatch(count, scenario.messages(), scenario.transports());
    }
  }

  private LongSupplier done(Scenario scenario) {
    if (scenario == Scenario.FAILURE) {
      long before = failures.count();
      return () -> failures.count() - before;
    }
    return tally::count;
  }

  private Result awaitAll(int messages, LongSupplier done, long start, long timeoutMs) {
    long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    while (done.getAsLong() < messages) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + done.getAsLong() + " of " + messages + " done within " + timeoutMs + " ms");
      }
      sleep();
    }
    long elapsedMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    return new Result(
        messages,
        elapsedMs,
        messages * 1000.0 / elapsedMs,
        tally.latencyMs(0.50),
        tally.latencyMs(0.99));
  }

  private static void sleep() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
