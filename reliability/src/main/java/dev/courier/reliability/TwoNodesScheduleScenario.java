package dev.courier.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    try {
      second.prepare();
      second.start(harness.server.environment());
      second.awaitReady();
      Instant from = Instant.now();
      Thread.sleep(Duration.ofSeconds(WINDOW_SECONDS).toMillis());
      Instant to = Instant.now();
      ScheduleRunsCheck.Result check =
          new ScheduleRunsCheck(harness.api).await(from, to, Harness.SETTLE_TIMEOUT);
      ScheduleSlots.Window window = ScheduleSlots.check(harness.api, from, to);
      List<String> problems = new ArrayList<>(check.problems());
      problems.addAll(window.problems());
      return new Verdict(
          name(),
          database.name(),
          window.slots(),
          window.handled(),
          window.failed(),
          window.dispatched(),
          window.twice(),
          List.of(),
          problems,
          List.of(window.note()));
    } finally {
      second.stop();
    }
  }
}
