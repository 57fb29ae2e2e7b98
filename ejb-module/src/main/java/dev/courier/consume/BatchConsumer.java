package dev.courier.consume;

import dev.courier.broker.BrokerConnections;
import dev.courier.build.NodeRole;
import dev.courier.schema.SchemaMigration;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportNames;
import dev.courier.transport.TransportRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;

/**
 * Consumes the {@value TransportNames#BATCH} transport with its concurrency's worth of workers,
 * each a managed thread with its own broker session, taking many deliveries per transaction ({@link
 * BatchTransaction}, sized by {@link BatchPolicy}). On undeployment each worker finishes the batch
 * in hand and stops.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class BatchConsumer {

  private static final Logger LOG = Logger.getLogger(BatchConsumer.class.getName());
  private static final long STOP_WAIT_MS = 30_000;

  @Resource ManagedThreadFactory threads;

  @Inject BrokerConnections connections;

  @Inject TransportRegistry transports;
  @Inject BatchTransaction batches;
  @Inject Config config;

  private final List<BatchWorker> workers = new ArrayList<>();
  private final List<Thread> running = new ArrayList<>();

  @PostConstruct
  void start() {
    if (!NodeRole.of(config).workers()) {
      LOG.info("Courier: an API node (courier.node.workers=false): no batch workers");
      return;
    }
    Transport transport = transports.find(TransportNames.BATCH).orElseThrow();
    BatchPolicy policy = BatchPolicy.of(config, transport.name());
    Queue queue = lookup(transport.jndiName());
    for (int i = 0; i < transport.concurrency(); i++) {
      BatchWorker worker = new BatchWorker(connections, queue, transport.name(), policy, batches);
      Thread thread = threads.newThread(worker);
      thread.setName("courier-" + transport.name() + "-" + i);
      workers.add(worker);
      running.add(thread);
      thread.start();
    }
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
  void stop() {
    workers.forEach(BatchWorker::stop);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MS);
    for (Thread thread : running) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
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
