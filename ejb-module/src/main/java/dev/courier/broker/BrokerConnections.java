package dev.courier.broker;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.XAConnectionFactory;
import jakarta.jms.XAJMSContext;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Connections Courier opens itself, outside the pooled connection factory: the batch workers', the
 * sessions joined to a delivery's transaction, sends in a broker transaction of their own and
 * management requests. All come from one factory, the broker's plain XA factory, with the login of
 * {@code courier.broker.user} and {@code courier.broker.password} when set (a standalone broker
 * requires one; the embedded broker's in-VM connections need none).
 */
@ApplicationScoped
public class BrokerConnections {

  /**
   * Created by server-config: the broker's connectors (in-VM for the embedded broker, the pair's
   * for a node), factory type XA_GENERIC.
   */
  public static final String XA_CONNECTION_FACTORY = "java:/courier/XAConnectionFactory";

  @Resource(lookup = XA_CONNECTION_FACTORY)
  XAConnectionFactory factory;

  @Inject Config config;

  /** An XA session, to enlist by hand in a JTA transaction. */
  public XAJMSContext createXAContext() {
    Optional<String> user = user();
    return user.isPresent()
        ? factory.createXAContext(user.get(), password())
        : factory.createXAContext();
  }

  /** A session outside JTA, in one of {@link JMSContext}'s session modes. */
  public JMSContext createContext(int sessionMode) {
    // Artemis's XA factory is a plain one too: its contexts outside JTA are ordinary sessions.
    ConnectionFactory plain = (ConnectionFactory) factory;
    Optional<String> user = user();
    return user.isPresent()
        ? plain.createContext(user.get(), password(), sessionMode)
        : plain.createContext(sessionMode);
  }

  private Optional<String> user() {
    return config.getOptionalValue("courier.broker.user", String.class);
  }

  private String password() {
    return config.getOptionalValue("courier.broker.password", String.class).orElse(null);
  }
}
