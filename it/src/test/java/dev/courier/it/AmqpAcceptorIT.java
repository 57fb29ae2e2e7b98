package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker's AMQP 1.0 acceptor (port 5673 plus the port offset) takes real AMQP clients — Qpid
 * JMS, and Python's Qpid Proton as a non-JVM service would use it — with an application user's
 * credentials (SASL PLAIN), and refuses anonymous clients and wrong passwords.
 */
@ExtendWith(ArquillianExtension.class)
class AmqpAcceptorIT {

  private static final String BROKER =
      "amqp://127.0.0.1:" + (5673 + Integer.getInteger("courier.it.port-offset", 100));
  private static final Path PYTHON_CLIENT = Path.of("src/test/python/amqp_connect.py");

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

  /** Runs the Python client; its exit status: 0 connected, 1 refused. */
  private static int python(String... credentials) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/python3", PYTHON_CLIENT.toString(), BROKER));
    command.addAll(List.of(credentials));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the Python client did not end: " + output);
    System.out.println("python client: exit " + process.exitValue() + " " + output.strip());
    return process.exitValue();
  }

  @Test
  void aPythonServiceConnectsWithItsCredentials() throws Exception {
    assertEquals(0, python("it-dispatcher", System.getProperty("courier.it.password")));
  }

  @Test
  void anAnonymousPythonClientIsRefused() throws Exception {
    assertEquals(1, python());
  }

  @Test
  void aPythonClientWithAWrongPasswordIsRefused() throws Exception {
    assertEquals(1, python("it-dispatcher", "not-the-password"));
  }
}
