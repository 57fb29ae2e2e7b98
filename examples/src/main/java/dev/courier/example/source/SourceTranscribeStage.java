package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The queue and consumer pool of {@code source_transcribe}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_transcribe",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_transcribe")
@Singleton
@Startup
@DependsOn(SourceSchema.NAME)
public class SourceTranscribeStage extends StageConsumer {

  @Override
  protected String stage() {
    return "source_transcribe";
  }
}
