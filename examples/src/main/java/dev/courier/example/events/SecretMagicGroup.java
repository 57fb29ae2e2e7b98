package dev.courier.example.events;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The consumer group {@code secretmagic-group}: its pool of consumers in this server. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.secretmagic-group",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.secretmagic-group")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.group.secretmagic-group"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.secretmagic-group.concurrency:2}")
    })
public class SecretMagicGroup extends GroupConsumer {

  @Override
  protected String group() {
    return "secretmagic-group";
  }
}
