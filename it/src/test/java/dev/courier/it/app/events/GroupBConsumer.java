package dev.courier.it.app.events;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The consumer of group test-b: two workers share its events. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.test-b",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.test-b")
@Singleton
@Startup
public class GroupBConsumer extends GroupConsumer {

  @Override
  protected String group() {
    return "test-b";
  }
}
