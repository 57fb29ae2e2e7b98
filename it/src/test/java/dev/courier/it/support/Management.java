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

  /** An attribute of a transport's queue, as the messaging subsystem reports it. */
  public long queueAttribute(String queue, String attribute) {
    ModelNode operation =
        operation(
            "read-attribute",
            "subsystem",
            "messaging-activemq",
            "server",
            "default",
            "jms-queue",
            queue);
    operation.get("name").set(attribute);
    return execute(operation).asLong();
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
