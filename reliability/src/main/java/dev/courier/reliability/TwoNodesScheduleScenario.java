package dev.courier.reliability;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Two nodes on one database (PostgreSQL, or H2 served over TCP): a second server, with its own
 * broker and ports, joins the harness's server; both hold the cleanup schedule's persistent timer
 * (every two seconds) from the shared timer store. Over a window of {@value #WINDOW_SECONDS} s each
 * slot must run once — on either node, never on both — and every run's message be handled.
 */
final class TwoNodesScheduleScenario implements Scenario {

  static final int WINDOW_SECONDS = 30;
  private static final int SECOND_NODE_OFFSET = 100;

  @Override
  public String name() {
    return "two-nodes-schedule";
  }

  @Override
  public Verdict run(Harness harness) throws Exception {
    return harness.onFreshServer(true, database -> run(harness, database));
  }

  private Verdict run(Harness harness, Database database) throws Exception {
    Settings settings = harness.settings;
    WildFlyServer second =
        new WildFlyServer(
            settings.wildflyHome(),
            settings.ear(),
            settings.workDir().resolve("wildfly-base-second"),
            settings.portOffset() + SECOND_NODE_OFFSET,
            "courier-harness-second");
    List<String> notes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      second.prepare();
      second.start(harness.server.environment());
      second.awaitReady();
      Instant from = Instant.now();
      Thread.sleep(Duration.ofSeconds(WINDOW_SECONDS).toMillis());
      Instant to = Instant.now();
      ScheduleRunsCheck.Result check =
          new ScheduleRunsCheck(harness.api).await(from, to, Harness.SETTLE_TIMEOUT);
      problems.addAll(check.problems());
      List<JsonObject> runs =
          harness.api.scheduleRuns(ScheduleRunsCheck.SCHEDULE).stream()
              .filter(run -> !run.isNull("slot"))
              .filter(run -> inWindow(run.getString("slot"), from, to))
              .toList();
      Map<String, Long> perSlot =
          runs.stream()
              .collect(Collectors.groupingBy(run -> run.getString("slot"), Collectors.counting()));
      long twice = perSlot.values().stream().filter(count -> count > 1).count();
      if (twice > 0) {
        problems.add(twice + " slots ran more than once: " + duplicated(perSlot));
      }
      if (perSlot.size() < WINDOW_SECONDS / 2 - 3) {
        problems.add(
            "only "
                + perSlot.size()
                + " slots ran in "
                + WINDOW_SECONDS
                + " s of a schedule every 2 s");
      }
      Map<String, Long> perNode =
          runs.stream()
              .collect(Collectors.groupingBy(run -> run.getString("node"), Collectors.counting()));
      notes.add(
          perSlot.size()
              + " slots of the cleanup schedule in "
              + WINDOW_SECONDS
              + " s with two nodes up; runs by node: "
              + perNode);
      int handled = count(runs, "handled");
      int failed = count(runs, "failed");
      int lost = count(runs, "dispatched");
      return new Verdict(
          name(),
          database.name(),
          perSlot.size(),
          handled,
          failed,
          lost,
          (int) twice,
          List.of(),
          problems,
          notes);
    } finally {
      second.stop();
    }
  }

  private static boolean inWindow(String slot, Instant from, Instant to) {
    Instant at = Instant.parse(slot);
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static int count(List<JsonObject> runs, String status) {
    return (int) runs.stream().filter(run -> status.equals(run.getString("status"))).count();
  }

  private static List<String> duplicated(Map<String, Long> perSlot) {
    return perSlot.entrySet().stream()
        .filter(entry -> entry.getValue() > 1)
        .map(Map.Entry::getKey)
        .limit(10)
        .toList();
  }
}
