package dev.courier.reliability;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * kill -9 of one of the two nodes on the broker pair half-way through the load: node-a, which the
 * clients talk to, goes on; the broker hands node-b's unacknowledged deliveries to node-a; node-b
 * is started again (its transaction log settles what it had prepared). Then, with both nodes up for
 * {@value #WINDOW_SECONDS} s, each slot of the cleanup schedule must run once.
 */
final class ClusterNodeKillScenario implements Scenario {

  static final int WINDOW_SECONDS = 20;

  @Override
  public String name() {
    return "cluster-kill-node";
  }

  @Override
  public Verdict run(Harness harness) throws Exception {
    return harness.onFreshCluster(name(), (cluster, database) -> run(harness, cluster, database));
  }

  private Verdict run(Harness harness, Cluster cluster, Database database) throws Exception {
    CourierApi api = cluster.api(Cluster.NODE_A);
    List<String> notes = new ArrayList<>();
    Ledger ledger = new Ledger();
    int messages = harness.settings.messages();
    try (AmqpPublisher amqp = cluster.amqp()) {
      ProbeLoad load = harness.startLoad(api, amqp, ledger);
      load.awaitAccepted(messages / 2, Harness.LOAD_TIMEOUT);
      cluster.kill(Cluster.NODE_B);
      int atKill = ledger.size();
      cluster.start(Cluster.NODE_B);
      Instant bothUp = Instant.now();
      notes.add(
          String.format(
              "node-b killed with SIGKILL after %,d probes were accepted; node-a accepted %,d"
                  + " more until node-b was ready again",
              atKill, ledger.size() - atKill));
      load.awaitFinished(Harness.LOAD_TIMEOUT);
      Duration left = Duration.between(Instant.now(), bothUp.plusSeconds(WINDOW_SECONDS));
      if (!left.isNegative()) {
        Thread.sleep(left.toMillis());
      }
      Instant windowEnd = Instant.now();
      ScheduleRunsCheck.Result runs =
          new ScheduleRunsCheck(api).await(bothUp, windowEnd, Harness.SETTLE_TIMEOUT);
      ScheduleSlots.Window window = ScheduleSlots.check(api, bothUp, windowEnd);
      notes.add(runs.note());
      notes.add(window.note());
      List<String> problems = new ArrayList<>(runs.problems());
      problems.addAll(window.problems());
      checkFeedAcrossNodes(cluster, api, ledger, notes, problems);
      return new Settlement(api)
          .settle(name(), database.name(), ledger, Harness.SETTLE_TIMEOUT, problems, notes);
    }
  }

  /**
   * A probe pipeline run started on node-a and followed from node-b: its live status must arrive
   * there, to the run's end, whichever node took the run's updates.
   */
  private static void checkFeedAcrossNodes(
      Cluster cluster, CourierApi api, Ledger ledger, List<String> notes, List<String> problems)
      throws Exception {
    // Each stage works a second, so that node-b's feed opens while the run still moves.
    String runId =
        api.startProbeRun(
            Json.createObjectBuilder(ProbeKind.PIPELINE_RUN.payload())
                .add("sleepMs", 1000)
                .build());
    ledger.accepted(runId, ProbeKind.PIPELINE_RUN, "pipeline (followed from node-b)");
    List<CourierApi.FeedEvent> feed = cluster.api(Cluster.NODE_B).runFeed(runId);
    List<String> names = feed.stream().map(CourierApi.FeedEvent::name).toList();
    CourierApi.FeedEvent last = feed.isEmpty() ? null : feed.get(feed.size() - 1);
    if (last == null
        || !"run".equals(last.name())
        || !last.data().contains("\"done\"")
        || !names.contains("stage")) {
      problems.add("a run started on node-a was not followed to its end on node-b: " + feed);
    } else {
      notes.add(
          "a run started on node-a, followed from node-b: "
              + feed.size()
              + " events ("
              + String.join(", ", names)
              + "), the last: run done");
    }
  }
}
