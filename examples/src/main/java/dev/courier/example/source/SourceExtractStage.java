package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The queue and consumer pool of {@code source_extract}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_extract",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_extract")
@Singleton
@Startup
@DependsOn(SourceSchema.NAME)
public class SourceExtractStage extends StageConsumer {

  @Override
  protected String stage() {
    return "source_extract";
  }
}
