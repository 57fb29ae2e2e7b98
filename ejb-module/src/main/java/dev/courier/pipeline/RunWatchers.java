package dev.courier.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who on this node follows a run (an event stream of the HTTP API): each is woken when an update of
 * the run arrives, and reads the run's new transitions itself.
 */
@ApplicationScoped
public class RunWatchers {

  private final ConcurrentMap<String, Set<Runnable>> watchers = new ConcurrentHashMap<>();

  public void watch(String runId, Runnable onMove) {
    watchers.computeIfAbsent(runId, id -> ConcurrentHashMap.newKeySet()).add(onMove);
  }

  public void unwatch(String runId, Runnable onMove) {
    watchers.computeIfPresent(
        runId,
        (id, set) -> {
          set.remove(onMove);
          return set.isEmpty() ? null : set;
        });
  }

  void moved(String runId) {
    watchers.getOrDefault(runId, Set.of()).forEach(Runnable::run);
  }
}
