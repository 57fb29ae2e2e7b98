package dev.courier.failure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgets the failed attempts of messages handled on a retry, in batches, apart from the consuming
 * transaction: the acknowledgement then commits on the broker alone instead of in a two-phase
 * commit with the database. Attempts not yet forgotten when the node stops stay in the table,
 * harmlessly: only a message in the failure store is ever shown its history.
 */
@ApplicationScoped
public class HistoryCleanup {

  static final int BATCH = 500;
  static final long INTERVAL_MS = 1_000;

  private static final Logger LOG = Logger.getLogger(HistoryCleanup.class.getName());

  @Inject ErrorHistory history;

  @Resource ManagedScheduledExecutorService scheduler;

  private final Queue<String> handled = new ConcurrentLinkedQueue<>();
  private ScheduledFuture<?> task;

  public void forget(String messageId) {
    handled.add(messageId);
    if (task == null) {
      start();
    }
  }

  private synchronized void start() {
    if (task == null) {
      task =
          scheduler.scheduleWithFixedDelay(
              this::drain, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }
  }

  /** Deletes what is queued, a batch per transaction. */
  void drain() {
    try {
      List<String> batch = new ArrayList<>(BATCH);
      for (String id = handled.poll(); id != null; id = handled.poll()) {
        batch.add(id);
        if (batch.size() == BATCH) {
          history.clearAll(batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        history.clearAll(batch);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Courier: cannot forget the attempts of handled messages");
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
    drain();
  }
}
