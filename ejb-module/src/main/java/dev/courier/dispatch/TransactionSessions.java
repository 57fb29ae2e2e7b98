package dev.courier.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * JMS contexts from the server's pooled connection factory ({@value
 * QueueSender#CONNECTION_FACTORY}) for sends in the caller's transaction: one per transaction,
 * opened on first use (the connector enlists it) and closed, back to the pool, when the transaction
 * completes.
 *
 * <p>An injected {@code JMSContext} gives the same, but resolves its transaction-scoped bean on
 * every call: two calls per message sent, and that resolution allocated more per dispatched message
 * than the rest of the dispatch together (docs/benchmarks.md, "Ids and sends").
 */
@ApplicationScoped
public class TransactionSessions {

  private static final Object KEY = TransactionSessions.class;

  private volatile ConnectionFactory factory;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The context of the current transaction, which must be active. */
  public JMSContext current() {
    JMSContext context = (JMSContext) transactions.getResource(KEY);
    if (context == null) {
      context = factory().createContext();
      try {
        transactions.registerInterposedSynchronization(new CloseAfter(context));
      } catch (RuntimeException e) {
        context.close();
        throw e;
      }
      transactions.putResource(KEY, context);
    }
    return context;
  }

  /** A context of its own for a send outside any transaction; the caller closes it. */
  public JMSContext alone() {
    return factory().createContext();
  }

  /**
   * Looked up on first use rather than injected: a resource reference would make the deployment
   * wait for the pooled factory, and with that order the broker once failed to create the
   * deployment's own queues at start (docs/benchmarks.md, "Ids and sends").
   */
  private ConnectionFactory factory() {
    ConnectionFactory known = factory;
    if (known == null) {
      try {
        known = InitialContext.doLookup(QueueSender.CONNECTION_FACTORY);
      } catch (NamingException e) {
        throw new IllegalStateException(QueueSender.CONNECTION_FACTORY + " is not bound", e);
      }
      factory = known;
    }
    return known;
  }

  private record CloseAfter(JMSContext context) implements Synchronization {

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      context.close();
    }
  }
}
