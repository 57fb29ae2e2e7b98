package dev.courier.events;

import dev.courier.control.QueueFigures;
import dev.courier.control.TransportControl;
import dev.courier.stats.HandlerSnapshot;
import dev.courier.stats.HandlerStats;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Each stream with its log and the groups that read it: from the broker, the group's consumers, its
 * lag (this stream's events waiting in the group's queue), the events it is delivering (of all its
 * streams) and whether it is paused; from this node's handler stats, the events it handled
 * (duplicates apart) and skipped as duplicates, and dropped past the max-length; from the failure
 * store, its events there.
 */
@ApplicationScoped
public class StreamStats {

  @Inject EventStreams streams;
  @Inject EventLog log;
  @Inject TransportRegistry transports;
  @Inject TransportControl control;
  @Inject HandlerStats handlerStats;
  @Inject GroupCounters counters;

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  public record GroupFigures(
      String name,
      long consumers,
      long lag,
      long delivering,
      long handled,
      long duplicates,
      long failed,
      long dropped,
      boolean paused) {}

  public record StreamFigures(String stream, long logged, List<GroupFigures> groups) {}

  @Transactional(TxType.SUPPORTS)
  public List<StreamFigures> all() {
    List<HandlerSnapshot> handled = handlerStats.byTypeAndTransport();
    List<StreamFigures> figures = new ArrayList<>();
    for (String stream : streams.streams()) {
      List<GroupFigures> groups = new ArrayList<>();
      for (String group : streams.groupsOf(stream)) {
        groups.add(group(group, stream, handled));
      }
      figures.add(new StreamFigures(stream, log.count(stream), groups));
    }
    return figures;
  }

  private GroupFigures group(String group, String stream, List<HandlerSnapshot> handled) {
    Transport transport = transports.find(group).orElseThrow();
    QueueFigures queue = control.figures(transport);
    Set<String> types = streams.typesOf(stream);
    long handledHere =
        handled.stream()
            .filter(s -> group.equals(s.transport()) && types.contains(s.type()))
            .mapToLong(HandlerSnapshot::handled)
            .sum();
    long duplicates = counters.duplicates(group, stream);
    return new GroupFigures(
        group,
        queue.consumerCount(),
        queue == QueueFigures.ABSENT ? 0 : control.count(transport, lagFilter(stream)),
        queue.deliveringCount(),
        Math.max(0, handledHere - duplicates),
        duplicates,
        failed(group, types),
        counters.dropped(group, stream),
        queue.paused());
  }

  private long failed(String group, Set<String> types) {
    return ((Number)
            em.createQuery(
                    "SELECT COUNT(f) FROM FailedMessage f WHERE f.transport = :group AND"
                        + " f.type IN :types")
                .setParameter("group", group)
                .setParameter("types", types)
                .getSingleResult())
        .longValue();
  }

  static String lagFilter(String stream) {
    return EventProperties.STREAM + " = '" + stream + "'";
  }
}
