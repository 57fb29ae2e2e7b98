package dev.courier.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The database made unreachable (its TCP proxy cut: connections closed, new ones refused) while
 * probes keep coming, then restored. Readiness must say {@code courier-database} DOWN during the
 * outage and be UP after it.
 */
final class DatabaseOutageScenario implements Scenario {

  private static final String CHECK = "courier-database";
  private static final Duration POLL = Duration.ofSeconds(2);
  private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(2);

  /** The load runs about this much longer than the outage, before and after it. */
  private static final Duration AROUND_OUTAGE = Duration.ofSeconds(60);

  @Override
  public String name() {
    return "database-outage";
  }

  @Override
  public Verdict run(Harness harness) throws Exception {
    return harness.onFreshServer(true, database -> run(harness, database));
  }

  private Verdict run(Harness harness, Database database) throws Exception {
    WildFlyServer server = harness.server;
    Duration outage = harness.settings.outage();
    int messages = harness.settings.messages();
    List<String> notes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Ledger ledger = new Ledger();
    double perSecond = messages / (double) outage.plus(AROUND_OUTAGE).toSeconds();
    ProbeLoad load = new ProbeLoad(harness.api, harness.amqp, ledger, messages, 20, perSecond);
    load.start();
    load.awaitAccepted(messages / 5, Harness.LOAD_TIMEOUT);

    database.cut();
    int acceptedBefore = ledger.size();
    long restoreAt = System.nanoTime() + outage.toNanos();
    boolean sawDown = false;
    while (System.nanoTime() < restoreAt) {
      sawDown |= Readiness.status(server.readiness(), CHECK).filter("DOWN"::equals).isPresent();
      Thread.sleep(POLL.toMillis());
    }
    database.restore();
    notes.add(
        String.format(
            "database unreachable for %d s; %,d probes accepted during it",
            outage.toSeconds(), ledger.size() - acceptedBefore));
    if (!sawDown) {
      problems.add("readiness never reported " + CHECK + " DOWN during the outage");
    }

    long restoredAt = System.nanoTime();
    long upAfterMs = awaitUp(server, restoredAt);
    if (upAfterMs < 0) {
      problems.add("readiness not UP " + RECOVERY_TIMEOUT.toSeconds() + " s after the outage");
    } else {
      notes.add(
          String.format(
              "readiness: %s DOWN during the outage, UP %.1f s after it ended",
              CHECK, upAfterMs / 1000.0));
    }
    load.awaitFinished(Harness.LOAD_TIMEOUT);
    return harness.settlement.settle(
        name(), database.name(), ledger, Harness.SETTLE_TIMEOUT, problems, notes);
  }

  /** Milliseconds from the restore until readiness is UP, or -1 when it is not in time. */
  private static long awaitUp(WildFlyServer server, long restoredAt) throws InterruptedException {
    long deadline = restoredAt + RECOVERY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (server.readiness().startsWith("200 ")) {
        return (System.nanoTime() - restoredAt) / 1_000_000;
      }
      Thread.sleep(500);
    }
    return -1;
  }
}
