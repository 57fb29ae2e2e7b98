package dev.courier.dispatch;

import dev.courier.broker.BrokerConnections;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Broker transactions of their own, for messages sent together while no JTA transaction is active.
 *
 * <p>The sends of a transacted session travel to the broker without waiting for it, and its commit
 * is one blocking round trip that returns once the broker has stored them all. The same messages in
 * a JTA transaction of their own would cost four round trips (start, timeout, end, commit of the XA
 * branch), each waiting behind every other busy thread of the server. Sessions are kept open and
 * reused, one caller at a time.
 */
@ApplicationScoped
public class OwnTransactionSessions {

  @Inject BrokerConnections connections;

  private final Queue<JMSContext> idle = new ConcurrentLinkedQueue<>();
  private final Queue<JMSContext> opened = new ConcurrentLinkedQueue<>();

  /** Runs {@code sends} on one transacted context and commits: all are stored, or none. */
  public void inOwnTransaction(Consumer<JMSContext> sends) {
    JMSContext context = borrow();
    try {
      sends.accept(context);
      context.commit();
    } catch (RuntimeException e) {
      discard(context);
      throw e;
    }
    idle.add(context);
  }

  private JMSContext borrow() {
    JMSContext context = idle.poll();
    if (context == null) {
      context = connections.createContext(JMSContext.SESSION_TRANSACTED);
      opened.add(context);
    }
    return context;
  }

  /** Closing a transacted context rolls back what it sent and did not commit. */
  private void discard(JMSContext context) {
    opened.remove(context);
    context.close();
  }

  @PreDestroy
  void closeAll() {
    idle.clear();
    for (JMSContext context = opened.poll(); context != null; context = opened.poll()) {
      context.close();
    }
  }
}
