package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The stage {@code probe_finish} of the probe pipeline (dev.courier.probe.ProbeRun). */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.probe_finish",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.probe_finish")
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class ProbeFinishStage extends StageConsumer {

  @Override
  protected String stage() {
    return "probe_finish";
  }
}
