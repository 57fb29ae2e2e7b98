package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;

/** The stage {@code probe_finish} of the probe pipeline (dev.courier.probe.ProbeRun). */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.probe_finish",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.probe_finish")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.probe_finish"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.probe_finish.concurrency:2}")
    })
@DependsOn(SchemaMigration.NAME)
public class ProbeFinishStage extends StageConsumer {

  @Override
  protected String stage() {
    return "probe_finish";
  }
}
