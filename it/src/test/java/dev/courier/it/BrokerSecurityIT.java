package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.courier.it.app.TestApp;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A remote JMS client reaches the embedded broker (HTTP upgrade on the web port) only with
 * credentials.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerSecurityIT {

  private static final String BROKER =
      "tcp://127.0.0.1:"
          + (8080 + Integer.getInteger("courier.it.port-offset", 100))
          + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  @Test
  void anAnonymousRemoteClientIsRefused() {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER)) {
      assertThrows(JMSSecurityException.class, () -> open(factory, null, null));
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER)) {
      assertThrows(JMSSecurityException.class, () -> open(factory, "it-admin", "not-the-password"));
    }
  }

  @Test
  void anApplicationUserConnects() {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER)) {
      assertDoesNotThrow(
          () -> open(factory, "it-outsider", System.getProperty("courier.it.password")));
    }
  }

  private static void open(ActiveMQConnectionFactory factory, String user, String password)
      throws Exception {
    try (Connection connection = factory.createConnection(user, password)) {
      connection.start();
    }
  }
}
