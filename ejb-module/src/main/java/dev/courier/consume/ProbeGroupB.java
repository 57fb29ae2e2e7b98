package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The built-in consumer group {@code probe-b}, one of the two that read the probe event. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.probe-b",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.probe-b")
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class ProbeGroupB extends GroupConsumer {

  @Override
  protected String group() {
    return "probe-b";
  }
}
