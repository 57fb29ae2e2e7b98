package dev.courier.consume;

import dev.courier.broker.BrokerConnections;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The batch workers of one transport on this node: as many as its concurrency, each a managed
 * thread with its own broker session ({@link BatchWorker}). Stopping lets each finish the batch in
 * hand, waiting at most {@value #STOP_WAIT_MS} ms in all.
 */
final class TransportWorkers {

  private static final long STOP_WAIT_MS = 30_000;

  private final List<BatchWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  TransportWorkers(
      ManagedThreadFactory threadFactory,
      BrokerConnections connections,
      BatchTransaction batches,
      Queue queue,
      String transport,
      int concurrency,
      BatchPolicy policy) {
    for (int i = 0; i < concurrency; i++) {
      BatchWorker worker = new BatchWorker(connections, queue, transport, policy, batches);
      Thread thread = threadFactory.newThread(worker);
      thread.setName("courier-" + transport + "-" + i);
      workers.add(worker);
      threads.add(thread);
    }
  }

  void start() {
    threads.forEach(Thread::start);
  }

  int size() {
    return workers.size();
  }

  void stop() {
    workers.forEach(BatchWorker::stop);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MS);
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
