package dev.courier.it.app.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test groups' handlers handled: event ids per group, in order, repeats included. */
@ApplicationScoped
public class HandledEvents {

  private final Map<String, List<String>> byGroup = new ConcurrentHashMap<>();
  private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

  public void record(String group, String eventId) {
    byGroup.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>()).add(eventId);
  }

  public List<String> of(String group) {
    return byGroup.getOrDefault(group, List.of());
  }

  /** True the first time only, for one group and event. */
  public boolean firstFailure(String group, String eventId) {
    return failedOnce.add(group + "/" + eventId);
  }
}
