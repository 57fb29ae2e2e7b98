package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The queue and consumer pool of {@code source_complete_document}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.source_complete_document",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.source_complete_document")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.source_complete_document"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.source_complete_document.concurrency:2}")
    })
@DependsOn(SourceSchema.NAME)
public class SourceCompleteDocumentStage extends StageConsumer {

  @Override
  protected String stage() {
    return "source_complete_document";
  }
}
