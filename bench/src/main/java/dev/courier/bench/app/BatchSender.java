package dev.courier.bench.app;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.MessageBus;
import dev.courier.dispatch.OwnTransactionSessions;
import dev.courier.events.EventPublisher;
import dev.courier.pipeline.PipelineRuns;
import dev.courier.transport.Pipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Sends one batch of benchmark messages in one transaction of its own. */
@ApplicationScoped
public class BatchSender {

  @Inject MessageBus bus;
  @Inject PipelineRuns runs;
  @Inject EventPublisher events;

  @Inject OwnTransactionSessions ownTransactions;

  /**
   * Through Courier, outside any transaction, as {@link MessageBus#dispatchAll} sends a list:
   * message i of the batch goes to {@code transports[i % transports.size()]}, each transport's
   * share in one broker transaction of its own.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void dispatch(int count, IntFunction<Object> message, List<String> transports) {
    int spread = transports.size();
    for (int t = 0; t < spread; t++) {
      bus.dispatchAll(
          IntStream.iterate(t, i -> i < count, i -> i + spread).mapToObj(message).toList(),
          DispatchOptions.none().toTransport(transports.get(t)));
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

  /**
   * Persistent text messages straight to the baseline's queue, in one local broker transaction like
   * Courier's own sends above, so that both sides of the comparison have the same producer.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void sendBaseline(int count, String body) {
    Queue queue = lookup();
    ownTransactions.inOwnTransaction(
        context -> {
          JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
          for (int i = 0; i < count; i++) {
            producer.send(queue, body);
          }
        });
  }

  private static Queue lookup() {
    try {
      return InitialContext.doLookup(BaselineConsumer.DESTINATION);
    } catch (NamingException e) {
      throw new IllegalStateException(BaselineConsumer.DESTINATION + " is not bound", e);
    }
  }
}
