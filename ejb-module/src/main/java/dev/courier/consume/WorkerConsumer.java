package dev.courier.consume;

import dev.courier.broker.BrokerConnections;
import dev.courier.build.NodeRole;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;

/**
 * What every transport consumed by Courier's own workers does, declared as a
 * {@code @Singleton @Startup} bean: when the application starts, its transport's concurrency's
 * worth of workers begin taking many deliveries per transaction ({@link BatchTransaction}, sized by
 * {@link BatchPolicy}); when it stops, each finishes the batch in hand. A node without the worker
 * role ({@code courier.node.workers=false}) starts none.
 *
 * <p>A transaction per batch instead of one per delivery is what makes the pipelines' stages and
 * the consumer groups fast: a delivery that writes to the database (a run's progress, a group's
 * inbox) costs a two-phase commit of the database and the broker, now shared by the batch
 * (docs/benchmarks.md).
 */
public abstract class WorkerConsumer {

  private static final Logger LOG = Logger.getLogger(WorkerConsumer.class.getName());

  @Resource ManagedThreadFactory threads;

  @Inject BrokerConnections connections;
  @Inject TransportRegistry transports;
  @Inject BatchTransaction batches;
  @Inject Config config;

  private TransportWorkers workers;

  /** The transport whose queue the workers read. */
  abstract String transport();

  @PostConstruct
  void startWorkers() {
    Optional<Transport> declared = transports.find(transport());
    if (declared.isEmpty()) {
      // Logged, not thrown: a failed singleton would fail the whole deployment, every transport
      // with it, where this one's messages can wait in its queue.
      LOG.severe(
          () ->
              "Courier: "
                  + getClass().getName()
                  + " consumes "
                  + transport()
                  + ", which is not a transport of this node's configuration (declare it as a"
                  + " pipeline stage, a consumer group or in courier.transports); no workers");
      return;
    }
    Transport transport = declared.get();
    if (!NodeRole.of(config).workers()) {
      LOG.info(
          () ->
              "Courier: an API node (courier.node.workers=false): no workers on "
                  + transport.name());
      return;
    }
    BatchPolicy policy = BatchPolicy.of(config, transport.name());
    workers =
        new TransportWorkers(
            threads,
            connections,
            batches,
            lookup(transport.jndiName()),
            transport.name(),
            transport.concurrency(),
            policy);
    workers.start();
    LOG.info(
        () ->
            "Courier: "
                + workers.size()
                + " workers consume "
                + transport.name()
                + " in batches of up to "
                + policy.size()
                + " (wait "
                + policy.waitMs()
                + " ms)");
  }

  @PreDestroy
  void stopWorkers() {
    if (workers != null) {
      workers.stop();
    }
  }

  private static Queue lookup(String jndiName) {
    try {
      return InitialContext.doLookup(jndiName);
    } catch (NamingException e) {
      throw new IllegalStateException("Courier: queue " + jndiName + " is not bound", e);
    }
  }
}
