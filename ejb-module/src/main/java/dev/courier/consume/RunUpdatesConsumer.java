package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;

/** Consumes the {@value TransportNames#RUN_UPDATES} transport; maxSession is its concurrency. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = TransportNames.RUN_UPDATES_DESTINATION),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = TransportNames.RUN_UPDATES_CONCURRENCY)
    })
@DependsOn(SchemaMigration.NAME)
public class RunUpdatesConsumer extends TransportConsumer {

  @Override
  String transport() {
    return TransportNames.RUN_UPDATES;
  }
}
