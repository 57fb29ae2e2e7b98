package dev.courier.failure;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Retries many failure records in the background, a chunk per transaction and at a capped rate, so
 * a retry of 100,000 records neither times out the request nor floods the transports.
 */
@Stateless
public class BulkRetry {

  private static final Logger LOG = Logger.getLogger(BulkRetry.class.getName());

  @Inject FailureRedrive redrive;

  @Inject
  @ConfigProperty(name = "courier.failed.bulk.chunk-size", defaultValue = "100")
  int chunkSize;

  @Inject
  @ConfigProperty(name = "courier.failed.bulk.rate", defaultValue = "500")
  int messagesPerSecond;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void retry(List<String> ids) {
    int retried = 0;
    long started = System.nanoTime();
    for (int from = 0; from < ids.size(); from += chunkSize) {
      retried += redrive.retryChunk(ids.subList(from, Math.min(ids.size(), from + chunkSize)));
      pace(started, Math.min(ids.size(), from + chunkSize));
    }
    int total = retried;
    LOG.info(
        () -> "Courier: bulk retry sent " + total + " of " + ids.size() + " failed messages again");
  }

  /** Sleeps until {@code done} messages are due at the capped rate. */
  private void pace(long startedNanos, int done) {
    long dueMillis = done * 1000L / Math.max(1, messagesPerSecond);
    long aheadMillis = dueMillis - (System.nanoTime() - startedNanos) / 1_000_000;
    if (aheadMillis > 0) {
      try {
        Thread.sleep(aheadMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
