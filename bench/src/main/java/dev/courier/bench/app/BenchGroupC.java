package dev.courier.bench.app;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The consumers of benchmark group bench-c, as many as the high transport has. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.bench-c",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.bench-c")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.group.bench-c"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
    })
public class BenchGroupC extends GroupConsumer {

  @Override
  protected String group() {
    return "bench-c";
  }
}
