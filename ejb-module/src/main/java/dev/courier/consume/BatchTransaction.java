package dev.courier.consume;

import dev.courier.pipeline.RunTracker;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import javax.transaction.xa.XAResource;

/**
 * One transaction of a batch-consumed transport: gathers up to the policy's size of deliveries and
 * hands each to the {@link MessageProcessor}, then commits at once all their acknowledgements, the
 * handlers' work (they run in this transaction) and whatever the processing sent (retries,
 * follow-ups) or wrote (failure records).
 *
 * <p>When a handler fails in the batch's transaction, the batch rolls back — its handler's work
 * with it — and the failure is remembered; the broker redelivers the batch, that message goes to
 * its retry or the failure store without running again, and the others run each in a transaction of
 * its own. The worker then runs handlers in their own transactions until a batch passes without a
 * failure ({@link BatchWorker}), so failures that come in numbers cost no further rollbacks. When a
 * delivery cannot be processed at all (database down), the batch rolls back and is redelivered
 * after the broker's redelivery delay. Nothing is lost either way.
 */
@ApplicationScoped
public class BatchTransaction {

  /** How long an idle worker waits for a first delivery before it looks whether it must stop. */
  static final long POLL_MS = 500;

  @Inject MessageProcessor processor;
  @Inject RunTracker runs;

  @Resource(lookup = "java:/TransactionManager")
  TransactionManager transactionManager;

  /**
   * What one batch came to.
   *
   * @param committed deliveries acknowledged (0 when none came, or the batch rolled back)
   * @param clean no handler failed in it
   */
  public record Outcome(int committed, boolean clean) {}

  /**
   * @param session the worker's broker session, enlisted in the batch's transaction
   * @param consumer reads the transport's queue through that session
   * @param joined first deliveries' handlers run in the batch's transaction; else each in its own
   */
  @ActivateRequestContext
  public Outcome consume(
      XAResource session,
      JMSConsumer consumer,
      String transport,
      BatchPolicy policy,
      boolean joined)
      throws Exception {
    transactionManager.begin();
    ProcessingOutcome outcome = ProcessingOutcome.ROLLBACK;
    int count = 0;
    try {
      if (!transactionManager.getTransaction().enlistResource(session)) {
        throw new IllegalStateException("the transaction refused the broker session");
      }
      List<Message> batch = RunOrder.sorted(gather(consumer, policy));
      count = batch.size();
      if (count > 0) {
        runs.lockAll(transport, RunOrder.runIds(batch));
        outcome = process(batch, transport, joined);
      }
    } finally {
      if (outcome == ProcessingOutcome.ROLLBACK) {
        transactionManager.rollback();
      } else {
        transactionManager.commit();
      }
    }
    boolean clean = outcome == ProcessingOutcome.COMMIT || count == 0;
    return new Outcome(outcome == ProcessingOutcome.ROLLBACK ? 0 : count, clean);
  }

  /**
   * ROLLBACK as soon as one delivery must roll back (a handler failed in the batch's transaction,
   * or the database is down); else HANDLER_FAILED if a handler failed in its own; else COMMIT. A
   * redelivered message's handler always runs in its own transaction, so that one failing handler
   * cannot roll its batch back twice.
   */
  private ProcessingOutcome process(List<Message> batch, String transport, boolean joined)
      throws JMSException {
    ProcessingOutcome all = ProcessingOutcome.COMMIT;
    for (Message message : batch) {
      ProcessingOutcome one =
          processor.process(message, transport, joined && !message.getJMSRedelivered());
      if (one == ProcessingOutcome.ROLLBACK) {
        return one;
      }
      if (one == ProcessingOutcome.HANDLER_FAILED) {
        all = one;
      }
    }
    return all;
  }

  /** The first delivery within {@link #POLL_MS}, then what else comes within the policy's wait. */
  private static List<Message> gather(JMSConsumer consumer, BatchPolicy policy) {
    Message first = consumer.receive(POLL_MS);
    if (first == null) {
      return List.of();
    }
    List<Message> batch = new ArrayList<>(policy.size());
    batch.add(first);
    long deadline = System.nanoTime() + policy.waitMs() * 1_000_000;
    while (batch.size() < policy.size()) {
      long leftMs = (deadline - System.nanoTime()) / 1_000_000;
      Message next = leftMs > 0 ? consumer.receive(leftMs) : consumer.receiveNoWait();
      if (next == null) {
        break;
      }
      batch.add(next);
    }
    return batch;
  }
}
