package dev.courier.reliability;

import dev.courier.reliability.CourierApi.ProbeView;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads back every accepted probe until each is handled or in the failure store, or the settling
 * time is over; what is still neither then is lost. Handled and failed are final for a probe (the
 * harness retries nothing from the store), so a settled probe is not asked again until the last
 * pass, which reads every probe once more for its duplicate count.
 */
final class Settlement {

  private static final int READERS = 4;

  private final CourierApi api;

  Settlement(CourierApi api) {
    this.api = api;
  }

  Verdict settle(
      String scenario,
      String database,
      Ledger ledger,
      Duration timeout,
      List<String> problems,
      List<String> notes)
      throws InterruptedException {
    Map<String, ProbeKind> accepted = ledger.entries();
    Set<String> open = new HashSet<>(accepted.keySet());
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      Map<String, ProbeView> views = read(open, accepted);
      views.forEach(
          (id, view) -> {
            if (view.handled() || view.failed()) {
              open.remove(id);
            }
          });
      if (!open.isEmpty()) {
        Thread.sleep(2_000);
      }
    }
    Map<String, ProbeView> last = read(accepted.keySet(), accepted);
    int handled = 0;
    int failed = 0;
    int duplicates = 0;
    int runs = 0;
    int runsDone = 0;
    int events = 0;
    List<String> lost = new ArrayList<>();
    for (String id : accepted.keySet()) {
      ProbeView view = last.get(id);
      if (view == null || !(view.handled() || view.failed())) {
        lost.add(
            ledger.describe(id)
                + (view == null ? " unknown to the server" : " last seen " + view.status()));
        continue;
      }
      if (accepted.get(id) == ProbeKind.PIPELINE_RUN) {
        runs++;
        runsDone += view.handled() ? 1 : 0;
      }
      if (accepted.get(id) == ProbeKind.PROBE_EVENT && view.handled()) {
        events++;
      }
      handled += view.handled() ? 1 : 0;
      failed += view.failed() ? 1 : 0;
      duplicates += view.duplicates();
    }
    List<String> observed = new ArrayList<>(notes);
    observed.add(
        String.format(
            java.util.Locale.ROOT,
            "%,d of the accepted were pipeline runs that ended, %,d of them done",
            runs,
            runsDone));
    observed.add(
        String.format(
            java.util.Locale.ROOT,
            "%,d of the accepted were probe events handled by both probe groups",
            events));
    return new Verdict(
        scenario,
        database,
        accepted.size(),
        handled,
        failed,
        lost.size(),
        duplicates,
        lost.subList(0, Math.min(lost.size(), 20)),
        problems,
        observed);
  }

  /** The probes the server knows of, read by a few clients at once. */
  private Map<String, ProbeView> read(Set<String> ids, Map<String, ProbeKind> kinds)
      throws InterruptedException {
    Map<String, ProbeView> views = new ConcurrentHashMap<>();
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    try {
      List<Future<?>> reads = new ArrayList<>();
      for (String id : ids) {
        reads.add(
            readers.submit(
                () -> readOne(id, kinds.get(id)).ifPresent(view -> views.put(id, view))));
      }
      for (Future<?> read : reads) {
        try {
          read.get();
        } catch (java.util.concurrent.ExecutionException e) {
          // unreadable now (e.g. the database is still away): asked again in the next pass
        }
      }
    } finally {
      readers.shutdownNow();
    }
    return views;
  }

  /**
   * The probe as its API reports it; a probe sent over REST has no probe record until its handler
   * first runs, so one that went to the failure store without reaching it (a dead letter) is looked
   * up there. A pipeline run is read as a run.
   */
  private Optional<ProbeView> readOne(String id, ProbeKind kind) {
    try {
      if (kind == ProbeKind.PIPELINE_RUN) {
        return api.run(id);
      }
      if (kind == ProbeKind.PROBE_EVENT) {
        return api.event(id);
      }
      Optional<ProbeView> probe = api.probe(id);
      if (probe.isEmpty() && api.inFailureStore(id)) {
        return Optional.of(new ProbeView("failed", 0));
      }
      return probe;
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
