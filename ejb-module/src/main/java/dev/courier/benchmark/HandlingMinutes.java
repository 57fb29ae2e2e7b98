package dev.courier.benchmark;

import dev.courier.build.NodeName;
import dev.courier.schema.SchemaMigration;
import dev.courier.stats.HandlerSnapshot;
import dev.courier.stats.HandlerStats;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, writes what this node's handlers did since the previous write, in one transaction:
 * the difference between {@link HandlerStats}'s running totals now and at that write, one row per
 * message type and transport that saw anything. Handling a message costs nothing more than the
 * stats already do. A write that fails (database down) is retried with the next one: the totals are
 * only taken as written once their rows are committed.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HandlingMinutes {

  private static final Logger LOG = Logger.getLogger(HandlingMinutes.class.getName());

  private record Key(String type, String transport) {}

  @Inject HandlerStats stats;
  @Inject HandlingMinuteWriter writer;

  private final String node = NodeName.of();
  private Map<Key, HandlerSnapshot> written = new HashMap<>();

  @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
  void everyMinute() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Courier: the handling figures could not be written");
    }
  }

  /** Writes what was handled since the previous write; returns when its rows are committed. */
  public void flush() {
    List<HandlerSnapshot> now = stats.byTypeAndTransport();
    List<HandlerSnapshot> differences = new ArrayList<>();
    Map<Key, HandlerSnapshot> totals = new HashMap<>();
    for (HandlerSnapshot current : now) {
      Key key = new Key(current.type(), current.transport());
      totals.put(key, current);
      HandlerSnapshot before = written.get(key);
      HandlerSnapshot difference = before == null ? current : current.minus(before);
      if (!difference.isEmpty()) {
        differences.add(difference);
      }
    }
    if (!differences.isEmpty()) {
      writer.write(node, Instant.now(), differences);
    }
    written = totals;
  }
}
