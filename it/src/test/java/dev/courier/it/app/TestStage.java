package dev.courier.it.app;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The declaration of the stage {@code test_stage}, as an application writes one. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.test_stage",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.test_stage")
@Singleton
@Startup
public class TestStage extends StageConsumer {

  @Override
  protected String stage() {
    return "test_stage";
  }
}
