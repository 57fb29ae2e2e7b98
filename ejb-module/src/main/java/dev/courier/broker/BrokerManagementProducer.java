package dev.courier.broker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import java.util.logging.Logger;

/**
 * Chooses how to reach the broker's management: the MBeans when the broker runs in this JVM (a
 * single node), management messages otherwise (a node of the broker pair, docs/scale-out.md). The
 * server's configuration decides; the EAR is the same.
 */
@ApplicationScoped
public class BrokerManagementProducer {

  private static final Logger LOG = Logger.getLogger(BrokerManagementProducer.class.getName());

  @Inject BrokerConnections connections;

  @Produces
  @ApplicationScoped
  BrokerManagement management() {
    if (InJvmBrokerManagement.present()) {
      return new InJvmBrokerManagement();
    }
    LOG.info("Courier: no broker in this JVM; managing the standalone broker by messages");
    return new RemoteBrokerManagement(() -> connections.createContext(JMSContext.AUTO_ACKNOWLEDGE));
  }
}
