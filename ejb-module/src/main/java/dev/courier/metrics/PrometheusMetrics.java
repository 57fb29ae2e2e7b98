package dev.courier.metrics;

import dev.courier.breaker.BreakerState;
import dev.courier.breaker.TransportBreakers;
import dev.courier.control.QueueFigures;
import dev.courier.control.TransportControl;
import dev.courier.failure.FailureStore;
import dev.courier.stats.Deferral;
import dev.courier.stats.HandlerSnapshot;
import dev.courier.stats.HandlerStats;
import dev.courier.stats.LatencyBuckets;
import dev.courier.stats.LatencySnapshot;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * This node's figures in the Prometheus text format: handler counters and handling-time histograms
 * by message type and transport, and per transport its queue as the broker sees it, pause and
 * breaker state; the failure store's size; the event streams and their groups ({@link
 * EventMetrics}).
 */
@ApplicationScoped
public class PrometheusMetrics {

  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  @Inject HandlerStats stats;
  @Inject TransportRegistry transports;
  @Inject TransportControl control;
  @Inject TransportBreakers breakers;
  @Inject FailureStore failures;
  @Inject EventMetrics events;

  public String scrape() {
    PrometheusWriter out = new PrometheusWriter();
    List<HandlerSnapshot> handlers = stats.byTypeAndTransport();
    counter(
        out,
        handlers,
        "courier_messages_handled_total",
        "Messages handled.",
        HandlerSnapshot::handled);
    counter(
        out,
        handlers,
        "courier_messages_failed_total",
        "Messages given up on.",
        HandlerSnapshot::failed);
    counter(
        out,
        handlers,
        "courier_messages_retried_total",
        "Failed attempts retried.",
        HandlerSnapshot::retried);
    deferrals(out, handlers);
    durations(out, handlers);
    transports(out);
    out.family("courier_failure_store_messages", "gauge", "Messages in the failure store.")
        .sample("courier_failure_store_messages", Map.of(), failures.count());
    events.write(out);
    return out.toString();
  }

  private static void counter(
      PrometheusWriter out,
      List<HandlerSnapshot> handlers,
      String name,
      String help,
      ToLongFunction<HandlerSnapshot> value) {
    out.family(name, "counter", help);
    for (HandlerSnapshot handler : handlers) {
      out.sample(name, labels(handler), value.applyAsLong(handler));
    }
  }

  private static void deferrals(PrometheusWriter out, List<HandlerSnapshot> handlers) {
    String name = "courier_messages_deferred_total";
    out.family(name, "counter", "Messages put back for later, uncharged, by reason.");
    for (HandlerSnapshot handler : handlers) {
      for (Deferral reason : Deferral.values()) {
        Map<String, String> labels = labels(handler);
        labels.put("reason", reason.label());
        out.sample(name, labels, handler.deferred().getOrDefault(reason, 0L));
      }
    }
  }

  private static void durations(PrometheusWriter out, List<HandlerSnapshot> handlers) {
    String name = "courier_handler_duration_seconds";
    out.family(name, "histogram", "Time handlers took, failed attempts included.");
    for (HandlerSnapshot handler : handlers) {
      LatencySnapshot latency = handler.sinceStart();
      long cumulative = 0;
      for (int i = 0; i < latency.counts().length; i++) {
        cumulative += latency.counts()[i];
        Map<String, String> labels = labels(handler);
        double bound = LatencyBuckets.upperBoundMs(i);
        labels.put("le", Double.isInfinite(bound) ? "+Inf" : PrometheusWriter.format(bound / 1000));
        out.sample(name + "_bucket", labels, cumulative);
      }
      out.sample(name + "_sum", labels(handler), latency.sumMs() / 1000);
      out.sample(name + "_count", labels(handler), cumulative);
    }
  }

  private void transports(PrometheusWriter out) {
    List<Transport> all = new ArrayList<>();
    transports.names().forEach(name -> all.add(transports.find(name).orElseThrow()));
    Map<Transport, QueueFigures> figures = new LinkedHashMap<>();
    all.forEach(transport -> figures.put(transport, control.figures(transport)));
    gauge(
        out,
        figures,
        "courier_queue_messages",
        "Messages in the queue.",
        QueueFigures::messageCount);
    gauge(
        out,
        figures,
        "courier_queue_delivering",
        "Messages being delivered.",
        QueueFigures::deliveringCount);
    gauge(
        out,
        figures,
        "courier_queue_scheduled",
        "Messages waiting for a delay (retries among them).",
        QueueFigures::scheduledCount);
    gauge(
        out,
        figures,
        "courier_queue_consumers",
        "Consumers of the queue.",
        QueueFigures::consumerCount);
    gauge(
        out,
        figures,
        "courier_queue_oldest_message_age_seconds",
        "Age of the message at the head of the queue, 0 when empty.",
        queue -> queue.oldestMessageAgeMs().orElse(0L) / 1000.0);
    out.family(
        "courier_queue_expired_total",
        "counter",
        "Messages the broker dropped unhandled because their time-to-live passed.");
    figures.forEach(
        (transport, queue) ->
            out.sample(
                "courier_queue_expired_total",
                ordered("transport", transport.name()),
                queue.messagesExpired()));
    gauge(
        out,
        figures,
        "courier_transport_paused",
        "1 when the transport is paused.",
        queue -> queue.paused() ? 1 : 0);
    String name = "courier_breaker_state";
    out.family(name, "gauge", "1 for the state the transport's circuit breaker is in.");
    for (Transport transport : all) {
      BreakerState current = breakers.state(transport);
      for (BreakerState state : BreakerState.values()) {
        out.sample(
            name,
            ordered("transport", transport.name(), "state", state.label()),
            state == current ? 1 : 0);
      }
    }
  }

  private static void gauge(
      PrometheusWriter out,
      Map<Transport, QueueFigures> figures,
      String name,
      String help,
      ToDoubleFunction<QueueFigures> value) {
    out.family(name, "gauge", help);
    figures.forEach(
        (transport, queue) ->
            out.sample(name, ordered("transport", transport.name()), value.applyAsDouble(queue)));
  }

  private static Map<String, String> labels(HandlerSnapshot handler) {
    return ordered("type", handler.type(), "transport", handler.transport());
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      labels.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return labels;
  }
}
