package dev.courier.bench.app;

import dev.courier.transport.TransportNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The baseline: a bare MDB with a container-managed transaction and a no-op {@code onMessage}, on a
 * plain queue, with the same pool size as Courier's high transport.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = BaselineConsumer.DESTINATION),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = TransportNames.HIGH_CONCURRENCY)
    })
public class BaselineConsumer implements MessageListener {

  /** The queue, created by the harness before it deploys (see BenchmarkIT). */
  public static final String QUEUE = "bench.baseline";

  public static final String DESTINATION = "java:/jms/queue/" + QUEUE;

  @Inject Tally tally;

  @Override
  public void onMessage(Message message) {
    try {
      tally.seen(message.getJMSTimestamp());
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}
