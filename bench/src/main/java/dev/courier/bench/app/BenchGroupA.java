package dev.courier.bench.app;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The consumers of benchmark group bench-a, as many as the high transport has. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.bench-a",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.bench-a")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.group.bench-a"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
    })
public class BenchGroupA extends GroupConsumer {

  @Override
  protected String group() {
    return "bench-a";
  }
}
