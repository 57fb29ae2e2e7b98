package dev.courier.it.support;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** Operations on the test server's management model. */
public final class Management {

  private final ManagementClient client;

  public Management(ManagementClient client) {
    this.client = client;
  }

  /**
   * Runs an operation and returns its result; fails the test when it does not succeed.
   *
   * @param address pairs of resource type and name, e.g. {@code "subsystem", "ejb3"}
   */
  public ModelNode execute(String operationName, String... address) {
    return execute(operation(operationName, address));
  }

  public ModelNode execute(ModelNode operation) {
    try {
      ModelNode result = client.getControllerClient().execute(operation);
      if (!"success".equals(result.get("outcome").asString())) {
        throw new AssertionError(operation + " failed: " + result);
      }
      return result.get("result");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static ModelNode operation(String operationName, String... address) {
    ModelNode operation = new ModelNode();
    operation.get("operation").set(operationName);
    ModelNode path = operation.get("address").setEmptyList();
    for (int i = 0; i < address.length; i += 2) {
      path.add(address[i], address[i + 1]);
    }
    return operation;
  }

  public ModelNode readAttribute(String attribute, String... address) {
    ModelNode operation = operation("read-attribute", address);
    operation.get("name").set(attribute);
    return execute(operation);
  }

  public void writeAttribute(String attribute, ModelNode value, String... address) {
    ModelNode operation = operation("write-attribute", address);
    operation.get("name").set(attribute);
    operation.get("value").set(value);
    execute(operation);
  }

  /** The address of a resource of the embedded broker, e.g. {@code "jms-queue", "courier.low"}. */
  public static String[] messaging(String type, String name) {
    return new String[] {"subsystem", "messaging-activemq", "server", "default", type, name};
  }

  /** An attribute of a queue, as the messaging subsystem reports it. */
  public long queueAttribute(String queue, String attribute) {
    return readAttribute(attribute, messaging("jms-queue", queue)).asLong();
  }

  /** Stops or starts delivery to one of Courier's message-driven beans. */
  public void delivery(String bean, boolean active) {
    execute(
        active ? "start-delivery" : "stop-delivery",
        "deployment",
        "courier.ear",
        "subdeployment",
        "courier-ejb.jar",
        "subsystem",
        "ejb3",
        "message-driven-bean",
        bean);
  }
}
