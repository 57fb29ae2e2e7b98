package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;

/** Consumes the {@value TransportNames#NORMAL} transport; maxSession is its concurrency. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = TransportNames.NORMAL_DESTINATION),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = TransportNames.NORMAL_CONCURRENCY)
    })
@DependsOn(SchemaMigration.NAME)
public class NormalPriorityConsumer extends TransportConsumer {

  @Override
  String transport() {
    return TransportNames.NORMAL;
  }
}
