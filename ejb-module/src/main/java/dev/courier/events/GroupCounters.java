package dev.courier.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this node counted per group and stream since it started, besides handled and failed (in the
 * handler stats and the failure store): events skipped as duplicates by the inbox, and events
 * dropped from a backlog past the stream's max-length.
 */
@ApplicationScoped
public class GroupCounters {

  private final Map<String, AtomicLong> duplicates = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> dropped = new ConcurrentHashMap<>();

  public void duplicate(String group, String stream) {
    duplicates.computeIfAbsent(key(group, stream), k -> new AtomicLong()).incrementAndGet();
  }

  public void dropped(String group, String stream, long count) {
    dropped.computeIfAbsent(key(group, stream), k -> new AtomicLong()).addAndGet(count);
  }

  public long duplicates(String group, String stream) {
    return read(duplicates, group, stream);
  }

  public long dropped(String group, String stream) {
    return read(dropped, group, stream);
  }

  private static long read(Map<String, AtomicLong> counters, String group, String stream) {
    AtomicLong counter = counters.get(key(group, stream));
    return counter == null ? 0 : counter.get();
  }

  private static String key(String group, String stream) {
    return group + '\n' + stream;
  }
}
