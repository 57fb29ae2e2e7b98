package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The queue and consumer pool of {@code source_complete_document}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_complete_document",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_complete_document")
@Singleton
@Startup
@DependsOn(SourceSchema.NAME)
public class SourceCompleteDocumentStage extends StageConsumer {

  @Override
  protected String stage() {
    return "source_complete_document";
  }
}
