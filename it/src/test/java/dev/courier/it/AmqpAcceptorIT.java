package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.courier.it.app.TestApp;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker's AMQP 1.0 acceptor (port 5673 plus the port offset) takes a real AMQP client (Qpid
 * JMS) with an application user's credentials (SASL PLAIN), and refuses anonymous clients and wrong
 * passwords.
 */
@ExtendWith(ArquillianExtension.class)
class AmqpAcceptorIT {

  private static final String BROKER =
      "amqp://127.0.0.1:" + (5673 + Integer.getInteger("courier.it.port-offset", 100));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static void open(String user, String password) throws JMSException {
    JmsConnectionFactory factory = new JmsConnectionFactory(BROKER);
    try (Connection connection = factory.createConnection(user, password)) {
      connection.start();
    }
  }

  @Test
  void anApplicationUserConnectsOverAmqp() {
    assertDoesNotThrow(() -> open("it-dispatcher", System.getProperty("courier.it.password")));
  }

  @Test
  void anAnonymousAmqpClientIsRefused() {
    assertThrows(JMSException.class, () -> open(null, null));
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThrows(JMSException.class, () -> open("it-dispatcher", "not-the-password"));
  }
}
