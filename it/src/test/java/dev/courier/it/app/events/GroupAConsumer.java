package dev.courier.it.app.events;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The consumer of group test-a: two MDB instances share its events. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.test-a",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.test-a")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.group.test-a"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
public class GroupAConsumer extends GroupConsumer {

  @Override
  protected String group() {
    return "test-a";
  }
}
