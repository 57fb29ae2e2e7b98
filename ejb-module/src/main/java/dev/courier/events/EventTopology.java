package dev.courier.events;

import dev.courier.broker.BrokerManagement;
import dev.courier.broker.BrokerManagementException;
import dev.courier.broker.Names;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes the broker's side of the events at start-up, through the broker's management; each step
 * only when missing, so a restart or a second node changes nothing:
 *
 * <ul>
 *   <li>one multicast address (topic) per stream: {@code jms.topic.courier.events.<stream>}, the
 *       address of the JMS topic {@code courier.events.<stream>};
 *   <li>one durable queue per group, {@code courier.group.<group>} (address {@code
 *       jms.queue.courier.group.<group>}), which all its members consume — MDB instances on any
 *       node and AMQP clients alike;
 *   <li>for each stream a group reads, a non-exclusive divert from the stream's topic to the
 *       group's queue: every group gets every event of its streams, in the publishing transaction.
 * </ul>
 */
@Singleton
@Startup
public class EventTopology {

  private static final Logger LOG = Logger.getLogger(EventTopology.class.getName());
  private static final String BROKER = BrokerManagement.BROKER;

  @Inject EventStreams streams;
  @Inject BrokerManagement broker;

  @PostConstruct
  void create() {
    try {
      Set<String> addresses = Names.of(broker.attribute(BROKER, "AddressNames"));
      Set<String> queues = broker.queueNames();
      Set<String> diverts = Names.of(broker.invoke(BROKER, "listDivertNames"));
      for (String stream : streams.streams()) {
        if (!addresses.contains(EventAddresses.topicAddress(stream))) {
          broker.invoke(BROKER, "createAddress", EventAddresses.topicAddress(stream), "MULTICAST");
          LOG.info(() -> "Courier: created the topic of stream " + stream);
        }
      }
      for (Map.Entry<String, Set<String>> group : streams.groups().entrySet()) {
        String queue = EventAddresses.groupAddress(group.getKey());
        if (!queues.contains(queue)) {
          broker.invoke(
              BROKER, "createQueue", queue, "ANYCAST", queue, null, true, -1, false, true);
          LOG.info(() -> "Courier: created the queue of group " + group.getKey());
        }
        for (String stream : group.getValue()) {
          String divert = EventAddresses.divertName(stream, group.getKey());
          if (!diverts.contains(divert)) {
            broker.invoke(
                BROKER,
                "createDivert",
                divert,
                divert,
                EventAddresses.topicAddress(stream),
                queue,
                false,
                null,
                null);
            LOG.info(() -> "Courier: group " + group.getKey() + " reads stream " + stream);
          }
        }
      }
    } catch (BrokerManagementException e) {
      throw new IllegalStateException(
          "Courier: cannot create the event streams and groups on the broker (on the embedded"
              + " broker, is the messaging subsystem's jmx-management-enabled on? server-config"
              + " sets it)",
          e);
    }
  }
}
