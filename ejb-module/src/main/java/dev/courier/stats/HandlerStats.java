package dev.courier.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Counts and times what the handlers of this node do, per message type and transport, in memory
 * (since the node started). Recording is a map lookup and a few {@code LongAdder} increments.
 */
@ApplicationScoped
public class HandlerStats {

  private record Key(String type, String transport) {}

  private final ConcurrentMap<Key, HandlerFigures> figures = new ConcurrentHashMap<>();
  private final LongSupplier clockMs;

  public HandlerStats() {
    this(System::currentTimeMillis);
  }

  HandlerStats(LongSupplier clockMs) {
    this.clockMs = clockMs;
  }

  public void handled(String type, String transport, long nanos) {
    of(type, transport).handled(nanos);
  }

  public void failed(String type, String transport, long nanos, boolean retried) {
    of(type, transport).failed(nanos, retried);
  }

  public void deferred(String type, String transport, Deferral reason) {
    of(type, transport).deferred(reason);
  }

  /** One entry per type and transport, sorted by type then transport. */
  public List<HandlerSnapshot> byTypeAndTransport() {
    List<HandlerSnapshot> all = new ArrayList<>();
    figures.forEach((key, value) -> all.add(value.snapshot(key.type(), key.transport())));
    all.sort(Comparator.comparing(HandlerSnapshot::type).thenComparing(HandlerSnapshot::transport));
    return all;
  }

  /** One entry per type, all its transports together, sorted by type. */
  public List<HandlerSnapshot> byType() {
    Map<String, HandlerSnapshot> merged = new TreeMap<>();
    for (HandlerSnapshot snapshot : byTypeAndTransport()) {
      merged.merge(snapshot.type(), snapshot, HandlerSnapshot::plus);
    }
    return List.copyOf(merged.values());
  }

  private HandlerFigures of(String type, String transport) {
    return figures.computeIfAbsent(new Key(type, transport), key -> new HandlerFigures(clockMs));
  }
}
