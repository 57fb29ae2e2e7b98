package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The queue and consumer pool of {@code source_status_live_updates}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_status_live_updates",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_status_live_updates")
@Singleton
@Startup
@DependsOn(SourceSchema.NAME)
public class SourceStatusLiveUpdatesConsumer extends StageConsumer {

  @Override
  protected String stage() {
    return "source_status_live_updates";
  }
}
