package dev.courier.control;

import dev.courier.transport.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Pauses and resumes a transport at the broker: its queue keeps accepting messages but delivers
 * none until resumed; in-flight deliveries finish. The pause is persisted by the broker, so it
 * survives a redeploy and a restart.
 */
@ApplicationScoped
public class TransportControl {

  /** The broker could not be asked. */
  public static class BrokerControlException extends RuntimeException {
    BrokerControlException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public void pause(Transport transport) {
    invoke(transport, "pause", new Object[] {true}, new String[] {boolean.class.getName()});
  }

  /** Paused until resumed or until the server restarts (the pause is not persisted). */
  public void pauseUntilRestart(Transport transport) {
    invoke(transport, "pause", new Object[] {false}, new String[] {boolean.class.getName()});
  }

  public void resume(Transport transport) {
    invoke(transport, "resume", new Object[0], new String[0]);
  }

  /** How many messages waiting in the queue match a filter (a JMS selector). */
  public long count(Transport transport, String filter) {
    return ((Number)
            invoke(transport, "countMessages", new Object[] {filter}, new String[] {STRING}))
        .longValue();
  }

  /** Removes the messages waiting in the queue that match a filter; returns how many. */
  public long remove(Transport transport, String filter) {
    return ((Number)
            invoke(transport, "removeMessages", new Object[] {filter}, new String[] {STRING}))
        .longValue();
  }

  public boolean paused(Transport transport) {
    return figures(transport).paused();
  }

  /**
   * The broker's figures for the transport's queue; all zero for a queue the broker does not have
   * (a pipeline stage whose consumer class was not declared), so readiness names it as a transport
   * without consumers.
   */
  public QueueFigures figures(Transport transport) {
    try {
      Optional<ObjectName> found = QueueControls.find(transport.queueName());
      if (found.isEmpty()) {
        return QueueFigures.ABSENT;
      }
      ObjectName queue = found.get();
      Object age = QueueControls.attribute(queue, "FirstMessageAge");
      return new QueueFigures(
          (Boolean) QueueControls.attribute(queue, "Paused"),
          number(queue, "MessageCount"),
          number(queue, "DeliveringCount"),
          number(queue, "ScheduledCount"),
          number(queue, "ConsumerCount"),
          number(queue, "MessagesAdded"),
          number(queue, "MessagesAcknowledged"),
          number(queue, "MessagesExpired"),
          age instanceof Number n && n.longValue() >= 0
              ? Optional.of(n.longValue())
              : Optional.empty());
    } catch (JMException e) {
      throw new BrokerControlException("cannot read queue " + transport.queueName(), e);
    }
  }

  private static long number(ObjectName queue, String attribute) throws JMException {
    return ((Number) QueueControls.attribute(queue, attribute)).longValue();
  }

  private static final String STRING = String.class.getName();

  private Object invoke(
      Transport transport, String operation, Object[] arguments, String[] signature) {
    try {
      return QueueControls.invoke(queue(transport), operation, arguments, signature);
    } catch (JMException e) {
      throw new BrokerControlException(
          "cannot " + operation + " queue " + transport.queueName(), e);
    }
  }

  private static ObjectName queue(Transport transport) throws JMException {
    return QueueControls.find(transport.queueName())
        .orElseThrow(() -> new JMException("queue " + transport.queueName() + " has no MBean"));
  }
}
