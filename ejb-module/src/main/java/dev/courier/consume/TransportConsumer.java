package dev.courier.consume;

import jakarta.annotation.Resource;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * What every transport's consumer does: hand the delivery to the processor and roll back when it
 * was not handled. Subclasses only declare their queue and pool size (MDB activation properties
 * cannot be shared), so adding a transport is a queue in server-config and a few lines here.
 */
abstract class TransportConsumer implements MessageListener {

  @Inject MessageProcessor processor;
  @Resource MessageDrivenContext context;

  /** The transport whose queue this consumer reads. */
  abstract String transport();

  @Override
  public void onMessage(Message message) {
    if (processor.process(message, transport()) == ProcessingOutcome.ROLLBACK) {
      context.setRollbackOnly();
    }
  }
}
