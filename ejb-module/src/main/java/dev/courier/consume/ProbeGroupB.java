package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;

/** The built-in consumer group {@code probe-b}, one of the two that read the probe event. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.probe-b",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.probe-b")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.group.probe-b"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.probe-b.concurrency:2}")
    })
@DependsOn(SchemaMigration.NAME)
public class ProbeGroupB extends GroupConsumer {

  @Override
  protected String group() {
    return "probe-b";
  }
}
