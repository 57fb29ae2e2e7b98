package dev.courier.it.app;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;

/** The declaration of the stage {@code test_stage}, as an application writes one. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.test_stage",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.test_stage")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.test_stage"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.test_stage.concurrency:2}")
    })
public class TestStage extends StageConsumer {

  @Override
  protected String stage() {
    return "test_stage";
  }
}
