package dev.courier.bench.app;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.MessageBus;
import dev.courier.events.EventPublisher;
import dev.courier.pipeline.PipelineRuns;
import dev.courier.transport.Pipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Sends one batch of benchmark messages in one transaction of its own. */
@ApplicationScoped
public class BatchSender {

  @Inject MessageBus bus;
  @Inject PipelineRuns runs;
  @Inject EventPublisher events;

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  /** Through Courier: message i of the batch goes to {@code transports[i % transports.size()]}. */
  @Transactional(TxType.REQUIRES_NEW)
  public void dispatch(int count, IntFunction<Object> message, List<String> transports) {
    for (int i = 0; i < count; i++) {
      bus.dispatch(
          message.apply(i),
          DispatchOptions.none().toTransport(transports.get(i % transports.size())));
    }
  }

  /** Starts {@code count} runs of the probe pipeline, each fanning out {@code items}. */
  @Transactional(TxType.REQUIRES_NEW)
  public void startProbeRuns(int count, int items) {
    JsonObject input = Json.createObjectBuilder().add("items", items).build();
    for (int i = 0; i < count; i++) {
      runs.start(Pipeline.PROBE.name(), input);
    }
  }

  /** Publishes {@code count} events of a type, each with the benchmark's text as data. */
  @Transactional(TxType.REQUIRES_NEW)
  public void publishEvents(int count, String type) {
    String data = "{\"text\":\"" + Scenario.TEXT + "\"}";
    for (int i = 0; i < count; i++) {
      events.publish(type, data, Optional.empty(), Optional.empty());
    }
  }

  /** Persistent text messages straight to the baseline's queue. */
  @Transactional(TxType.REQUIRES_NEW)
  public void sendBaseline(int count, String body) {
    JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
    Queue queue = lookup();
    for (int i = 0; i < count; i++) {
      producer.send(queue, body);
    }
  }

  private static Queue lookup() {
    try {
      return InitialContext.doLookup(BaselineConsumer.DESTINATION);
    } catch (NamingException e) {
      throw new IllegalStateException(BaselineConsumer.DESTINATION + " is not bound", e);
    }
  }
}
