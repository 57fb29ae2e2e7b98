package dev.courier.control;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The embedded broker's queue MBeans (the messaging subsystem's {@code jmx-management-enabled}),
 * found by queue name: WildFly names a JMS queue's broker queue {@code jms.queue.<name>}.
 */
final class QueueControls {

  static final String QUEUES =
      "org.apache.activemq.artemis:component=addresses,subcomponent=queues,*";

  private QueueControls() {}

  static Optional<ObjectName> find(String queue) throws JMException {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    for (ObjectName name : server.queryNames(new ObjectName(QUEUES), null)) {
      String queueName = ObjectName.unquote(name.getKeyProperty("queue"));
      if (queueName.equals(queue) || queueName.equals("jms.queue." + queue)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  static Object invoke(ObjectName queue, String operation, Object[] arguments, String[] signature)
      throws JMException {
    return ManagementFactory.getPlatformMBeanServer()
        .invoke(queue, operation, arguments, signature);
  }

  static Object attribute(ObjectName queue, String attribute) throws JMException {
    return ManagementFactory.getPlatformMBeanServer().getAttribute(queue, attribute);
  }
}
