package dev.courier.it.app.events;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The consumer of group test-a: two workers share its events. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.test-a",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.test-a")
@Singleton
@Startup
public class GroupAConsumer extends GroupConsumer {

  @Override
  protected String group() {
    return "test-a";
  }
}
