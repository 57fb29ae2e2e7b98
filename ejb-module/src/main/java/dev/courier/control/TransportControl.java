package dev.courier.control;

import dev.courier.broker.BrokerManagement;
import dev.courier.broker.BrokerManagementException;
import dev.courier.transport.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Pauses and resumes a transport at the broker: its queue keeps accepting messages but delivers
 * none until resumed; in-flight deliveries finish. The pause is persisted by the broker, so it
 * survives a redeploy and a restart, and holds for every node consuming from the broker.
 */
@ApplicationScoped
public class TransportControl {

  /** The broker could not be asked. */
  public static class BrokerControlException extends RuntimeException {
    BrokerControlException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Inject BrokerManagement broker;

  public void pause(Transport transport) {
    invoke(transport, "pause", true);
  }

  /** Paused until resumed or until the broker restarts (the pause is not persisted). */
  public void pauseUntilRestart(Transport transport) {
    invoke(transport, "pause", false);
  }

  public void resume(Transport transport) {
    invoke(transport, "resume");
  }

  /** How many messages waiting in the queue match a filter (a JMS selector). */
  public long count(Transport transport, String filter) {
    return ((Number) invoke(transport, "countMessages", filter)).longValue();
  }

  /** Removes the messages waiting in the queue that match a filter; returns how many. */
  public long remove(Transport transport, String filter) {
    return ((Number) invoke(transport, "removeMessages", filter)).longValue();
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
      Optional<String> found = queueOf(transport);
      if (found.isEmpty()) {
        return QueueFigures.ABSENT;
      }
      String queue = BrokerManagement.queue(found.get());
      Object age = broker.attribute(queue, "FirstMessageAge");
      return new QueueFigures(
          (Boolean) broker.attribute(queue, "Paused"),
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
    } catch (BrokerManagementException e) {
      throw new BrokerControlException("cannot read queue " + transport.queueName(), e);
    }
  }

  /**
   * The broker's name of the transport's queue: WildFly names a JMS queue's broker queue {@code
   * jms.queue.<name>}, and the broker pair's configuration keeps that name.
   */
  private Optional<String> queueOf(Transport transport) throws BrokerManagementException {
    Set<String> queues = broker.queueNames();
    String name = transport.queueName();
    if (queues.contains("jms.queue." + name)) {
      return Optional.of("jms.queue." + name);
    }
    return queues.contains(name) ? Optional.of(name) : Optional.empty();
  }

  private long number(String queue, String attribute) throws BrokerManagementException {
    return ((Number) broker.attribute(queue, attribute)).longValue();
  }

  private Object invoke(Transport transport, String operation, Object... arguments) {
    try {
      String queue =
          queueOf(transport)
              .orElseThrow(
                  () ->
                      new BrokerManagementException(
                          "the broker has no queue " + transport.queueName()));
      return broker.invoke(BrokerManagement.queue(queue), operation, arguments);
    } catch (BrokerManagementException e) {
      throw new BrokerControlException(
          "cannot " + operation + " queue " + transport.queueName(), e);
    }
  }
}
