package dev.courier.reliability;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.UUID;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * Publishes probe events over AMQP 1.0, to {@code courier.publish}, as a service outside the JVM
 * would (Qpid JMS, a real AMQP client): the event id is chosen here and counted once the broker has
 * accepted the message. When the server is away, a publish fails and the next one connects anew.
 */
final class AmqpPublisher implements AutoCloseable {

  /** Time limits: a publish while the broker is away fails within seconds, not never. */
  static final String OPTIONS =
      "jms.connectTimeout=2000&jms.closeTimeout=2000&jms.sendTimeout=10000";

  private final JmsConnectionFactory factory;
  private Connection connection;
  private Session session;
  private MessageProducer producer;

  /** A client of the broker on this loopback port. */
  AmqpPublisher(int port, String user, String password) {
    this("amqp://127.0.0.1:" + port + "?" + OPTIONS, user, password);
  }

  /**
   * A client of this remote: {@code amqp://…} with {@link #OPTIONS}, or a {@code failover:(…)} list
   * of them with the options after it.
   */
  AmqpPublisher(String remote, String user, String password) {
    this.factory = new JmsConnectionFactory(user, password, remote);
  }

  /** Publishes a probe event with this data: its id. */
  synchronized String publishProbeEvent(JsonObject data) throws IOException {
    try {
      if (producer == null) {
        connection = factory.createConnection();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producer = session.createProducer(session.createQueue("courier.publish"));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      }
      String id = UUID.randomUUID().toString();
      TextMessage message = session.createTextMessage(data.toString());
      message.setStringProperty("courier_type", "courier.probe.event");
      message.setStringProperty("courier_id", id);
      producer.send(message);
      return id;
    } catch (JMSException e) {
      close();
      throw new IOException("AMQP publish failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (JMSException e) {
        // the server is gone; nothing to close on its side
      }
    }
    connection = null;
    session = null;
    producer = null;
  }
}
