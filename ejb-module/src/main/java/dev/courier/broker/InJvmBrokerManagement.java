package dev.courier.broker;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import javax.management.JMException;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The broker embedded in this JVM (WildFly's messaging subsystem with {@code
 * jmx-management-enabled}), through its MBeans.
 */
final class InJvmBrokerManagement implements BrokerManagement {

  static final String BROKER_MBEAN = "org.apache.activemq.artemis:broker=\"default\"";
  private static final String QUEUES = BROKER_MBEAN + ",component=addresses,subcomponent=queues,*";

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

  /** Whether this JVM runs the broker, as a single node does. */
  static boolean present() {
    try {
      return ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName(BROKER_MBEAN));
    } catch (JMException e) {
      return false;
    }
  }

  @Override
  public Object attribute(String resource, String attribute) throws BrokerManagementException {
    try {
      return server.getAttribute(mbean(resource), attribute);
    } catch (JMException e) {
      throw new BrokerManagementException("cannot read " + attribute + " of " + resource, e);
    }
  }

  @Override
  public Object invoke(String resource, String operation, Object... arguments)
      throws BrokerManagementException {
    try {
      ObjectName name = mbean(resource);
      return server.invoke(name, operation, arguments, signature(name, operation, arguments));
    } catch (JMException e) {
      throw new BrokerManagementException("cannot " + operation + " " + resource, e);
    }
  }

  private ObjectName mbean(String resource) throws JMException {
    if (BROKER.equals(resource)) {
      return new ObjectName(BROKER_MBEAN);
    }
    String queue = resource.substring(BrokerManagement.queue("").length());
    for (ObjectName name : server.queryNames(new ObjectName(QUEUES), null)) {
      if (ObjectName.unquote(name.getKeyProperty("queue")).equals(queue)) {
        return name;
      }
    }
    throw new JMException("the broker has no queue " + queue);
  }

  /** The parameter types of the operation of that name that takes these arguments. */
  private String[] signature(ObjectName name, String operation, Object[] arguments)
      throws JMException {
    for (MBeanOperationInfo info : server.getMBeanInfo(name).getOperations()) {
      MBeanParameterInfo[] parameters = info.getSignature();
      if (info.getName().equals(operation) && fits(parameters, arguments)) {
        return Arrays.stream(parameters).map(MBeanParameterInfo::getType).toArray(String[]::new);
      }
    }
    throw new JMException("no operation " + operation + " takes " + Arrays.toString(arguments));
  }

  private static boolean fits(MBeanParameterInfo[] parameters, Object[] arguments) {
    if (parameters.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      if (arguments[i] != null && !typeName(arguments[i]).equals(parameters[i].getType())) {
        return false;
      }
    }
    return true;
  }

  private static String typeName(Object argument) {
    if (argument instanceof Boolean) {
      return boolean.class.getName();
    }
    if (argument instanceof Integer) {
      return int.class.getName();
    }
    if (argument instanceof Long) {
      return long.class.getName();
    }
    return argument.getClass().getName();
  }
}
