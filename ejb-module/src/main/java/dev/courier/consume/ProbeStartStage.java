package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;

/** The stage {@code probe_start} of the probe pipeline (dev.courier.probe.ProbeRun). */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.probe_start",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.probe_start")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.probe_start"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.probe_start.concurrency:2}")
    })
@DependsOn(SchemaMigration.NAME)
public class ProbeStartStage extends StageConsumer {

  @Override
  protected String stage() {
    return "probe_start";
  }
}
