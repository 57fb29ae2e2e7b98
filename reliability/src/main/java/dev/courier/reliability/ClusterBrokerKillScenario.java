package dev.courier.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * kill -9 of the primary broker a third of the way through the load: the backup takes the shared
 * store over and both nodes fail over to it without a restart. Two thirds of the way, the primary
 * is started again and takes its place back (failback), the nodes following it. What a client sees
 * of each switch is measured by {@link ClientOutage}.
 */
final class ClusterBrokerKillScenario implements Scenario {

  private static final Duration SWITCH_TIMEOUT = Duration.ofMinutes(2);

  @Override
  public String name() {
    return "cluster-kill-broker";
  }

  @Override
  public Verdict run(Harness harness) throws Exception {
    return harness.onFreshCluster(name(), (cluster, database) -> run(harness, cluster, database));
  }

  private Verdict run(Harness harness, Cluster cluster, Database database) throws Exception {
    CourierApi api = cluster.api(Cluster.NODE_A);
    List<String> notes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Ledger ledger = new Ledger();
    int messages = harness.settings.messages();
    try (AmqpPublisher amqp = cluster.amqp()) {
      ProbeLoad load = harness.startLoad(api, amqp, ledger);
      load.awaitAccepted(messages / 3, Harness.LOAD_TIMEOUT);
      try (ClientOutage outage = new ClientOutage(api, ledger)) {
        cluster.kill(Cluster.PRIMARY);
        int atKill = ledger.size();
        Duration failover = outage.awaitAcceptedAgain(SWITCH_TIMEOUT);
        notes.add(
            String.format(
                Locale.ROOT,
                "primary broker killed with SIGKILL after %,d probes were accepted; a client"
                    + " sending one probe after another saw none accepted for %.1f s",
                atKill,
                seconds(failover)));
      }
      if (!cluster.active(Cluster.BACKUP)) {
        problems.add("the backup did not take over: " + cluster.status());
      }
      load.awaitAccepted(messages * 2 / 3, Harness.LOAD_TIMEOUT);
      try (ClientOutage outage = new ClientOutage(api, ledger)) {
        long restart = System.nanoTime();
        cluster.start(Cluster.PRIMARY);
        double ready = (System.nanoTime() - restart) / 1e9;
        Duration failback = outage.awaitAcceptedAgain(SWITCH_TIMEOUT);
        notes.add(
            String.format(
                Locale.ROOT,
                "primary started again, active with the backup waiting after %.1f s; the client"
                    + " saw none accepted for %.1f s at most meanwhile",
                ready,
                seconds(failback)));
      }
      load.awaitFinished(Harness.LOAD_TIMEOUT);
      String status = cluster.status();
      if (!cluster.active(Cluster.PRIMARY) || !status.contains("[pair] backup: backup")) {
        problems.add("the pair is not whole again (primary active, backup waiting): " + status);
      }
      return new Settlement(api)
          .settle(name(), database.name(), ledger, Harness.SETTLE_TIMEOUT, problems, notes);
    }
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
