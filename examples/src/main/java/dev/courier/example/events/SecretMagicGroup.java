package dev.courier.example.events;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The consumer group {@code secretmagic-group}: its pool of consumers in this server. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.secretmagic-group",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.secretmagic-group")
@Singleton
@Startup
public class SecretMagicGroup extends GroupConsumer {

  @Override
  protected String group() {
    return "secretmagic-group";
  }
}
