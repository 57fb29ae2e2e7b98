package dev.courier.events;

import dev.courier.config.ConfigNames;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Which stream each event type goes to, how many events each stream keeps, and which streams each
 * consumer group reads, from MicroProfile Config:
 *
 * <ul>
 *   <li>{@code courier.events.stream.<eventType>=<stream>} — the defaults are the seeds' mapping
 *       ({@link #DEFAULT_STREAMS}) and the probe event's;
 *   <li>{@code courier.events.stream.<stream>.max-length} — events kept in the stream's log, and
 *       the most a group's backlog of that stream holds (default 10,000);
 *   <li>{@code courier.events.group.<group>.streams=<stream>,…} — declares a group; the built-in
 *       groups are {@code probe-a} and {@code probe-b} on {@code courier-probe}.
 * </ul>
 *
 * A group's streams are also those of the event types its handlers subscribe to ({@link
 * Subscribe}); {@code EventHandlerDiscovery} checks they are declared here.
 */
public final class EventStreams {

  public static final String STREAM_PREFIX = "courier.events.stream.";
  public static final String GROUP_PREFIX = "courier.events.group.";
  static final String MAX_LENGTH_SUFFIX = ".max-length";
  static final String STREAMS_SUFFIX = ".streams";
  public static final int DEFAULT_MAX_LENGTH = 10_000;

  public static final String PROBE_TYPE = "courier.probe.event";
  public static final String PROBE_STREAM = "courier-probe";
  public static final List<String> PROBE_GROUPS = List.of("probe-a", "probe-b");

  /** The seeds' event types and streams. */
  public static final Map<String, String> DEFAULT_STREAMS =
      Map.of(
          "sales_updated",
          "sales-updates",
          "stock_updated",
          "stock-updates",
          "bom_updated",
          "bom-updates",
          "products_updated",
          "products-updates",
          "features_updated",
          "features-updates",
          "bom_exploded",
          "bom-exploded",
          PROBE_TYPE,
          PROBE_STREAM);

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,99}");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,199}");

  private final Map<String, String> streamOfType;
  private final Map<String, Integer> maxLength;
  private final Map<String, Set<String>> groups;

  EventStreams(
      Map<String, String> streamOfType,
      Map<String, Integer> maxLength,
      Map<String, Set<String>> groups) {
    this.streamOfType = Collections.unmodifiableMap(new TreeMap<>(streamOfType));
    this.maxLength = Map.copyOf(maxLength);
    Map<String, Set<String>> copy = new TreeMap<>();
    groups.forEach((group, streams) -> copy.put(group, Collections.unmodifiableSet(streams)));
    this.groups = Collections.unmodifiableMap(copy);
  }

  public static EventStreams fromConfig(Config config) {
    Map<String, String> streamOfType = new TreeMap<>(DEFAULT_STREAMS);
    Map<String, Integer> maxLength = new TreeMap<>();
    Map<String, Set<String>> groups = new TreeMap<>();
    PROBE_GROUPS.forEach(group -> groups.put(group, new LinkedHashSet<>(Set.of(PROBE_STREAM))));
    for (String key : ConfigNames.of(config)) {
      if (key.startsWith(STREAM_PREFIX) && key.endsWith(MAX_LENGTH_SUFFIX)) {
        String stream =
            key.substring(STREAM_PREFIX.length(), key.length() - MAX_LENGTH_SUFFIX.length());
        int length = config.getValue(key, Integer.class);
        if (length < 1) {
          throw new IllegalArgumentException(key + " must be at least 1, was " + length);
        }
        maxLength.put(requireName(stream, key), length);
      } else if (key.startsWith(STREAM_PREFIX)) {
        String type = key.substring(STREAM_PREFIX.length());
        if (!TYPE.matcher(type).matches()) {
          throw new IllegalArgumentException(key + ": '" + type + "' is not a valid event type");
        }
        streamOfType.put(type, requireName(config.getValue(key, String.class).trim(), key));
      } else if (key.startsWith(GROUP_PREFIX) && key.endsWith(STREAMS_SUFFIX)) {
        String group = key.substring(GROUP_PREFIX.length(), key.length() - STREAMS_SUFFIX.length());
        Set<String> streams =
            groups.computeIfAbsent(requireName(group, key), g -> new LinkedHashSet<>());
        for (String stream : config.getValues(key, String.class)) {
          streams.add(requireName(stream.trim(), key));
        }
      }
    }
    EventStreams result = new EventStreams(streamOfType, maxLength, groups);
    for (Map.Entry<String, Set<String>> group : groups.entrySet()) {
      for (String stream : group.getValue()) {
        if (!result.streams().contains(stream)) {
          throw new IllegalArgumentException(
              GROUP_PREFIX
                  + group.getKey()
                  + STREAMS_SUFFIX
                  + " names stream '"
                  + stream
                  + "', to which no event type goes (streams: "
                  + result.streams()
                  + ")");
        }
      }
    }
    return result;
  }

  private static String requireName(String name, String key) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          key + ": '" + name + "' is not a valid name (a-z, 0-9, '-' and '_', from a letter)");
    }
    return name;
  }

  public Optional<String> streamOf(String eventType) {
    return Optional.ofNullable(streamOfType.get(eventType));
  }

  /** Every known event type, sorted. */
  public Set<String> types() {
    return streamOfType.keySet();
  }

  /** The event types that go to a stream, sorted. */
  public Set<String> typesOf(String stream) {
    Set<String> types = new TreeSet<>();
    streamOfType.forEach(
        (type, s) -> {
          if (s.equals(stream)) {
            types.add(type);
          }
        });
    return types;
  }

  /** Every stream some event type goes to, sorted. */
  public Set<String> streams() {
    return new TreeSet<>(streamOfType.values());
  }

  public int maxLength(String stream) {
    return maxLength.getOrDefault(stream, DEFAULT_MAX_LENGTH);
  }

  /** Every declared group, sorted, with the streams it reads. */
  public Map<String, Set<String>> groups() {
    return groups;
  }

  public Optional<Set<String>> streamsOf(String group) {
    return Optional.ofNullable(groups.get(group));
  }

  /** The groups that read a stream, sorted. */
  public Set<String> groupsOf(String stream) {
    Set<String> readers = new TreeSet<>();
    groups.forEach(
        (group, streams) -> {
          if (streams.contains(stream)) {
            readers.add(group);
          }
        });
    return readers;
  }
}
