package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The built-in consumer group {@code probe-a}, one of the two that read the probe event. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.probe-a",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.probe-a")
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class ProbeGroupA extends GroupConsumer {

  @Override
  protected String group() {
    return "probe-a";
  }
}
