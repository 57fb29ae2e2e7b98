package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportNames;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Drains {@value TransportNames#DEAD_LETTER_QUEUE} into the failure store, one message at a time.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = TransportNames.DEAD_LETTER_DESTINATION),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
@DependsOn(SchemaMigration.NAME)
public class DeadLetterConsumer implements MessageListener {

  @Inject DeadLetterDrain drain;
  @Resource MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    if (drain.drain(message) == ProcessingOutcome.ROLLBACK) {
      context.setRollbackOnly();
    }
  }
}
