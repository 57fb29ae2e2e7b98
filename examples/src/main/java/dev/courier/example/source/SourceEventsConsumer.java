package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The queue and consumer pool of {@code source_events}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_events",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_events")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.source_events"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.source_events.concurrency:2}")
    })
@DependsOn(SourceSchema.NAME)
public class SourceEventsConsumer extends StageConsumer {

  @Override
  protected String stage() {
    return "source_events";
  }
}
