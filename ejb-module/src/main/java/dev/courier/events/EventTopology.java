package dev.courier.events;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Makes the broker's side of the events at start-up, through the embedded broker's management
 * MBean; each step only when missing, so a restart or a second node changes nothing:
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
  private static final String BROKER = "org.apache.activemq.artemis:broker=\"default\"";
  private static final String S = String.class.getName();

  @Inject EventStreams streams;

  @PostConstruct
  void create() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName broker = new ObjectName(BROKER);
      Set<String> addresses = names(server.getAttribute(broker, "AddressNames"));
      Set<String> queues = names(server.getAttribute(broker, "QueueNames"));
      Set<String> diverts = names(server.invoke(broker, "listDivertNames", null, null));
      for (String stream : streams.streams()) {
        if (!addresses.contains(EventAddresses.topicAddress(stream))) {
          server.invoke(
              broker,
              "createAddress",
              new Object[] {EventAddresses.topicAddress(stream), "MULTICAST"},
              new String[] {S, S});
          LOG.info(() -> "Courier: created the topic of stream " + stream);
        }
      }
      for (Map.Entry<String, Set<String>> group : streams.groups().entrySet()) {
        String queue = EventAddresses.groupAddress(group.getKey());
        if (!queues.contains(queue)) {
          server.invoke(
              broker,
              "createQueue",
              new Object[] {queue, "ANYCAST", queue, null, true, -1, false, true},
              new String[] {
                S,
                S,
                S,
                S,
                boolean.class.getName(),
                int.class.getName(),
                boolean.class.getName(),
                boolean.class.getName()
              });
          LOG.info(() -> "Courier: created the queue of group " + group.getKey());
        }
        for (String stream : group.getValue()) {
          String divert = EventAddresses.divertName(stream, group.getKey());
          if (!diverts.contains(divert)) {
            server.invoke(
                broker,
                "createDivert",
                new Object[] {
                  divert, divert, EventAddresses.topicAddress(stream), queue, false, null, null
                },
                new String[] {S, S, S, S, boolean.class.getName(), S, S});
            LOG.info(() -> "Courier: group " + group.getKey() + " reads stream " + stream);
          }
        }
      }
    } catch (JMException e) {
      throw new IllegalStateException(
          "Courier: cannot create the event streams and groups on the broker (is the messaging"
              + " subsystem's jmx-management-enabled on? server-config sets it)",
          e);
    }
  }

  private static Set<String> names(Object array) {
    return array == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) array));
  }
}
