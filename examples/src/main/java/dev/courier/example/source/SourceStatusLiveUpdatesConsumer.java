package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The queue and consumer pool of {@code source_status_live_updates}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_status_live_updates",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_status_live_updates")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.source_status_live_updates"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.source_status_live_updates.concurrency:2}")
    })
@DependsOn(SourceSchema.NAME)
public class SourceStatusLiveUpdatesConsumer extends StageConsumer {

  @Override
  protected String stage() {
    return "source_status_live_updates";
  }
}
