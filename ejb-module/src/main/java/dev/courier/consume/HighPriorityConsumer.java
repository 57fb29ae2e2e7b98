package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;

/** Consumes the {@value TransportNames#HIGH} transport; maxSession is its concurrency. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = TransportNames.HIGH_DESTINATION),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = TransportNames.HIGH_CONCURRENCY)
    })
@DependsOn(SchemaMigration.NAME)
public class HighPriorityConsumer extends TransportConsumer {

  @Override
  String transport() {
    return TransportNames.HIGH;
  }
}
