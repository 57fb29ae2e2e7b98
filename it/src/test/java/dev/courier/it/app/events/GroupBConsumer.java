package dev.courier.it.app.events;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The consumer of group test-b: two MDB instances share its events. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.test-b",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.test-b")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.group.test-b"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
public class GroupBConsumer extends GroupConsumer {

  @Override
  protected String group() {
    return "test-b";
  }
}
