package dev.courier.dispatch;

import dev.courier.broker.BrokerConnections;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.XAJMSContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * JMS contexts for sends inside a delivery's consuming transaction (a retry, a deferral), enlisted
 * by hand, from {@link BrokerConnections}.
 *
 * <p>The transaction manager asks the delivery's own XA resource whether a newly enlisted one
 * belongs to the same resource manager. An Artemis session recognises another Artemis session of
 * the same broker, so the send joins the delivery's transaction branch, and the acknowledgement and
 * the sent message commit together in one phase. Through {@code java:/JmsXA} the connector's
 * wrapper hides the session, the answer is no, and every retry becomes a two-phase commit of two
 * branches on one broker.
 */
@ApplicationScoped
public class DeliverySessions {

  private static final Object KEY = DeliverySessions.class;

  @Inject BrokerConnections connections;

  @Resource(lookup = "java:/TransactionManager")
  TransactionManager transactionManager;

  @Resource TransactionSynchronizationRegistry transactions;

  private final Queue<XAJMSContext> idle = new ConcurrentLinkedQueue<>();
  private final Queue<XAJMSContext> opened = new ConcurrentLinkedQueue<>();

  /** The context enlisted in the current transaction, enlisted on first use. */
  public JMSContext current() {
    XAJMSContext context = (XAJMSContext) transactions.getResource(KEY);
    if (context == null) {
      context = enlist(borrow());
    }
    return context.getContext();
  }

  private XAJMSContext borrow() {
    XAJMSContext context = idle.poll();
    if (context == null) {
      context = connections.createXAContext();
      opened.add(context);
    }
    return context;
  }

  private XAJMSContext enlist(XAJMSContext context) {
    try {
      if (!transactionManager.getTransaction().enlistResource(context.getXAResource())) {
        throw new IllegalStateException("the transaction refused the broker session");
      }
    } catch (RollbackException | SystemException | RuntimeException e) {
      discard(context);
      throw new IllegalStateException("Courier: cannot send in this transaction: " + e, e);
    }
    transactions.putResource(KEY, context);
    transactions.registerInterposedSynchronization(new Release(context));
    return context;
  }

  private void discard(XAJMSContext context) {
    opened.remove(context);
    context.close();
  }

  /**
   * Back to the idle contexts once its transaction committed; a context that rolled back is closed.
   */
  private final class Release implements Synchronization {

    private final XAJMSContext context;

    Release(XAJMSContext context) {
      this.context = context;
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        idle.add(context);
      } else {
        discard(context);
      }
    }
  }

  @PreDestroy
  void closeAll() {
    idle.clear();
    for (XAJMSContext context = opened.poll(); context != null; context = opened.poll()) {
      context.close();
    }
  }
}
