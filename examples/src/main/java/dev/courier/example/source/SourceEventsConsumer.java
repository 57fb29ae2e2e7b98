package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The queue and consumer pool of {@code source_events}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_events",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_events")
@Singleton
@Startup
@DependsOn(SourceSchema.NAME)
public class SourceEventsConsumer extends StageConsumer {

  @Override
  protected String stage() {
    return "source_events";
  }
}
