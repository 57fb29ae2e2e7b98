package dev.courier.dispatch;

import dev.courier.envelope.EnvelopeCodec;
import dev.courier.envelope.EnvelopeProperties;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Inject DeliverySessions deliverySessions;
  @Inject OwnTransactionSessions ownTransactions;

  private final ConcurrentMap<String, Queue> queues = new ConcurrentHashMap<>();

  /** In the caller's transaction: the message is sent if and only if it commits. */
  @Transactional(TxType.MANDATORY)
  public void send(OutgoingMessage message) {
    put(jms, message, Map.of());
  }

  /**
   * In the consuming transaction of a delivery from the embedded broker: sent on a session joined
   * to the delivery's own transaction branch ({@link DeliverySessions}), if and only if the
   * delivery is acknowledged.
   */
  @Transactional(TxType.MANDATORY)
  public void sendInDelivery(OutgoingMessage message) {
    sendInDelivery(message, Map.of());
  }

  /** {@link #sendInDelivery(OutgoingMessage)} with properties beside the envelope's. */
  @Transactional(TxType.MANDATORY)
  public void sendInDelivery(OutgoingMessage message, Map<String, Object> extra) {
    put(deliverySessions.current(), message, extra);
  }

  /**
   * Outside any transaction. For messages with an idempotency key: Artemis drops a duplicate
   * silently when it is sent alone, but fails the whole transaction that carries it.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void sendAlone(OutgoingMessage message) {
    put(jms, message, Map.of());
  }

  /**
   * Outside any JTA transaction: the messages in one broker transaction of their own, all sent or
   * none, stored when the call returns.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void sendTogether(List<OutgoingMessage> messages) {
    ownTransactions.inOwnTransaction(
        context -> messages.forEach(message -> put(context, message, Map.of())));
  }

  /**
   * A message as it was received (a stored one, or one put back for later), in the caller's
   * transaction, delivered after {@code delayMs}.
   */
  @Transactional(TxType.MANDATORY)
  public void sendRaw(
      Transport transport, String body, Map<String, Object> properties, long delayMs) {
    put(jms, transport, body, properties, delayMs, 0);
  }

  /**
   * {@link #sendRaw} in the consuming transaction of a delivery, like {@link #sendInDelivery},
   * keeping the delivery's expiry ({@code expiresAt}, epoch ms; 0 for never).
   */
  @Transactional(TxType.MANDATORY)
  public void sendRawInDelivery(
      Transport transport,
      String body,
      Map<String, Object> properties,
      long delayMs,
      long expiresAt) {
    put(deliverySessions.current(), transport, body, properties, delayMs, expiresAt);
  }

  private void put(JMSContext context, OutgoingMessage message, Map<String, Object> extra) {
    Map<String, Object> properties =
        new LinkedHashMap<>(EnvelopeCodec.properties(message.envelope()));
    properties.putAll(extra);
    message.idempotencyKey().ifPresent(key -> properties.put(EnvelopeProperties.DUPLICATE_ID, key));
    put(
        context,
        message.transport(),
        message.envelope().body(),
        properties,
        message.delayMs(),
        message.expiresAt());
  }

  private void put(
      JMSContext context,
      Transport transport,
      String body,
      Map<String, Object> properties,
      long delayMs,
      long expiresAt) {
    try {
      TextMessage text = context.createTextMessage(body);
      for (Map.Entry<String, Object> property : properties.entrySet()) {
        text.setObjectProperty(property.getKey(), property.getValue());
      }
      // Both set on every send: Artemis keeps them on a producer shared by the context's
      // JMSProducers, so a value left by one send (a retry's delay, a live update's time-to-live)
      // would otherwise apply to the next message sent on that context.
      JMSProducer producer =
          context
              .createProducer()
              .setDeliveryDelay(Math.max(0, delayMs))
              // JMS counts a time-to-live from the send, 0 for never: at least 1 ms when it has
              // one.
              .setTimeToLive(
                  expiresAt > 0 ? Math.max(1, expiresAt - System.currentTimeMillis()) : 0);
      producer.send(queue(transport), text);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private Queue queue(Transport transport) {
    return queues.computeIfAbsent(transport.jndiName(), name -> lookup(transport));
  }

  /**
   * The queue bound in JNDI; else, by name, a queue the broker has without a JNDI name here (a
   * consumer group whose members are all outside this deployment, created by EventTopology).
   */
  private Queue lookup(Transport transport) {
    try {
      return InitialContext.doLookup(transport.jndiName());
    } catch (NamingException e) {
      return jms.createQueue(transport.queueName());
    }
  }
}
