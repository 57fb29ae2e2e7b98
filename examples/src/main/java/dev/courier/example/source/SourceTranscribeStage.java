package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The queue and consumer pool of {@code source_transcribe}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_transcribe",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_transcribe")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.source_transcribe"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.source_transcribe.concurrency:2}")
    })
@DependsOn(SourceSchema.NAME)
public class SourceTranscribeStage extends StageConsumer {

  @Override
  protected String stage() {
    return "source_transcribe";
  }
}
