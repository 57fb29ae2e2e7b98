package dev.courier.bench.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the benchmark's consumers saw in the current run: how many messages, and for a latency run
 * each message's time from dispatch to handling. A message counts when the transaction its handler
 * ran in commits: a handler that ran in a batch that rolled back, and runs again when the batch is
 * redelivered, counts once.
 */
@ApplicationScoped
public class Tally {

  @Resource TransactionSynchronizationRegistry transactions;

  private final AtomicLong count = new AtomicLong();
  private final AtomicInteger latencyIndex = new AtomicInteger();
  private volatile long[] latenciesMs = new long[0];

  /** Starts a run; {@code latencies} is how many end-to-end latencies to keep (0 for none). */
  public void reset(int latencies) {
    latenciesMs = new long[latencies];
    latencyIndex.set(0);
    count.set(0);
  }

  /** Counts a handled message when its transaction commits (at once outside a transaction). */
  public void seen(long dispatchedAtMs) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      count(dispatchedAtMs);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              count(dispatchedAtMs);
            }
          }
        });
  }

  private void count(long dispatchedAtMs) {
    long[] latencies = latenciesMs;
    if (latencies.length > 0) {
      int index = latencyIndex.getAndIncrement();
      if (index < latencies.length) {
        latencies[index] = System.currentTimeMillis() - dispatchedAtMs;
      }
    }
    count.incrementAndGet();
  }

  public long count() {
    return count.get();
  }

  /** The latency at this quantile (0..1) of those kept, in ms. */
  public long latencyMs(double quantile) {
    int kept = Math.min(latencyIndex.get(), latenciesMs.length);
    if (kept == 0) {
      return -1;
    }
    long[] sorted = Arrays.copyOf(latenciesMs, kept);
    Arrays.sort(sorted);
    return sorted[Math.min(kept - 1, (int) Math.ceil(quantile * kept) - 1)];
  }
}
