package dev.courier.dispatch;

import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.JmsEnvelopes;
import dev.courier.transport.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Puts one prepared message on its transport's queue through the server's pooled connection
 * factory.
 */
@ApplicationScoped
public class QueueSender {

  /** The pooled (JCA, transactional) connection factory of WildFly's messaging subsystem. */
  public static final String CONNECTION_FACTORY = "java:/JmsXA";

  @Inject
  @JMSConnectionFactory(CONNECTION_FACTORY)
  JMSContext jms;

  private final ConcurrentMap<String, Queue> queues = new ConcurrentHashMap<>();

  /** In the caller's transaction: the message is sent if and only if it commits. */
  @Transactional(TxType.MANDATORY)
  public void send(OutgoingMessage message) {
    put(message);
  }

  /**
   * Outside any transaction. For messages with an idempotency key: Artemis drops a duplicate
   * silently when it is sent alone, but fails the whole transaction that carries it.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void sendAlone(OutgoingMessage message) {
    put(message);
  }

  private void put(OutgoingMessage message) {
    try {
      TextMessage text = jms.createTextMessage(message.envelope().body());
      JmsEnvelopes.write(message.envelope(), text);
      if (message.idempotencyKey().isPresent()) {
        text.setStringProperty(EnvelopeProperties.DUPLICATE_ID, message.idempotencyKey().get());
      }
      JMSProducer producer = jms.createProducer();
      if (message.delayMs() > 0) {
        producer.setDeliveryDelay(message.delayMs());
      }
      producer.send(queue(message.transport()), text);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private Queue queue(Transport transport) {
    return queues.computeIfAbsent(transport.jndiName(), QueueSender::lookup);
  }

  private static Queue lookup(String jndiName) {
    try {
      return InitialContext.doLookup(jndiName);
    } catch (NamingException e) {
      throw new IllegalStateException(
          "Courier: queue " + jndiName + " is not bound; is the server configured (server-config)?",
          e);
    }
  }
}
