package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The stage {@code probe_items} of the probe pipeline (dev.courier.probe.ProbeRun). */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.probe_items",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.probe_items")
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class ProbeItemsStage extends StageConsumer {

  @Override
  protected String stage() {
    return "probe_items";
  }
}
