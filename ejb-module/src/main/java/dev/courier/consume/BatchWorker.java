package dev.courier.consume;

import dev.courier.broker.BrokerConnections;
import jakarta.jms.JMSConsumer;
import jakarta.jms.Queue;
import jakarta.jms.XAJMSContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One worker of a batch-consumed transport: its broker session and consumer serve batch after
 * batch, each a transaction of its own ({@link BatchTransaction}). Handlers run in the batch's
 * transaction while batches pass cleanly; after a batch in which a handler failed, each runs in its
 * own until one passes cleanly again. A batch that fails (its transaction could not commit, the
 * session broke) is logged, the broker redelivers it, and the worker goes on after a pause with a
 * new session, so a broken one cannot stop the transport.
 */
final class BatchWorker implements Runnable {

  private static final Logger LOG = Logger.getLogger(BatchWorker.class.getName());
  private static final long PAUSE_AFTER_FAILURE_MS = 1_000;

  private final BrokerConnections connections;
  private final Queue queue;
  private final String transport;
  private final BatchPolicy policy;
  private final BatchTransaction batches;
  private volatile boolean running = true;

  /** Whether handlers run in the batch's transaction: while batches pass without a failure. */
  private boolean joined = true;

  BatchWorker(
      BrokerConnections connections,
      Queue queue,
      String transport,
      BatchPolicy policy,
      BatchTransaction batches) {
    this.connections = connections;
    this.queue = queue;
    this.transport = transport;
    this.policy = policy;
    this.batches = batches;
  }

  void stop() {
    running = false;
  }

  @Override
  public void run() {
    while (running) {
      try (XAJMSContext session = connections.createXAContext();
          JMSConsumer consumer = session.createConsumer(queue)) {
        while (running) {
          joined =
              batches.consume(session.getXAResource(), consumer, transport, policy, joined).clean();
        }
      } catch (Exception e) {
        LOG.log(
            Level.WARNING,
            e,
            () ->
                "Courier: a batch on "
                    + transport
                    + " rolled back; the broker redelivers it, and the worker goes on with a new"
                    + " session");
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(PAUSE_AFTER_FAILURE_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
