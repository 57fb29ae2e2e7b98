package dev.courier.broker;

import java.util.Set;

/**
 * The broker's management operations and attributes, by Artemis's resource names: {@code broker}
 * for the broker itself, {@code queue.<queue name>} for a queue. Implemented over the MBeans of the
 * broker embedded in this JVM, or over management messages to a standalone broker.
 */
public interface BrokerManagement {

  String BROKER = "broker";

  static String queue(String queueName) {
    return "queue." + queueName;
  }

  Object attribute(String resource, String attribute) throws BrokerManagementException;

  Object invoke(String resource, String operation, Object... arguments)
      throws BrokerManagementException;

  /** The names of the broker's queues. */
  default Set<String> queueNames() throws BrokerManagementException {
    return Names.of(attribute(BROKER, "QueueNames"));
  }
}
