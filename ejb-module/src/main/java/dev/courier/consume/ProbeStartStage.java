package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The stage {@code probe_start} of the probe pipeline (dev.courier.probe.ProbeRun). */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.probe_start",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.probe_start")
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class ProbeStartStage extends StageConsumer {

  @Override
  protected String stage() {
    return "probe_start";
  }
}
