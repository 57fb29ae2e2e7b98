package dev.courier.metrics;

import dev.courier.events.StreamStats;
import dev.courier.events.StreamStats.GroupFigures;
import dev.courier.events.StreamStats.StreamFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The events' figures in the Prometheus text format: per stream, and per stream and group. */
@ApplicationScoped
public class EventMetrics {

  @Inject StreamStats stats;

  void write(PrometheusWriter out) {
    List<StreamFigures> streams = stats.all();
    out.family("courier_event_stream_logged", "gauge", "Events kept in the stream's log.");
    for (StreamFigures stream : streams) {
      out.sample("courier_event_stream_logged", Map.of("stream", stream.stream()), stream.logged());
    }
    group(
        out,
        streams,
        "courier_event_group_consumers",
        "gauge",
        "Members consuming the group's queue.",
        GroupFigures::consumers);
    group(
        out,
        streams,
        "courier_event_group_lag",
        "gauge",
        "The stream's events waiting in the group's queue.",
        GroupFigures::lag);
    group(
        out,
        streams,
        "courier_event_group_handled_total",
        "counter",
        "Events the group handled on this node.",
        GroupFigures::handled);
    group(
        out,
        streams,
        "courier_event_group_duplicates_total",
        "counter",
        "Events the group's inbox skipped as handled before.",
        GroupFigures::duplicates);
    group(
        out,
        streams,
        "courier_event_group_failed",
        "gauge",
        "The group's events in the failure store.",
        GroupFigures::failed);
    group(
        out,
        streams,
        "courier_event_group_dropped_total",
        "counter",
        "Events dropped from the group's backlog past the stream's max-length.",
        GroupFigures::dropped);
    group(
        out,
        streams,
        "courier_event_group_paused",
        "gauge",
        "1 when the group is paused.",
        g -> g.paused() ? 1 : 0);
  }

  private static void group(
      PrometheusWriter out,
      List<StreamFigures> streams,
      String name,
      String type,
      String help,
      ToLongFunction<GroupFigures> value) {
    out.family(name, type, help);
    for (StreamFigures stream : streams) {
      for (GroupFigures group : stream.groups()) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("stream", stream.stream());
        labels.put("group", group.name());
        out.sample(name, labels, value.applyAsLong(group));
      }
    }
  }
}
