package dev.courier.reliability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * kill -9 of the server's JVM half-way through the load, then the server started again on the same
 * data directory (its database file, broker journal and transaction log).
 */
final class KillScenario implements Scenario {

  @Override
  public String name() {
    return "kill";
  }

  @Override
  public Verdict run(Harness harness) throws Exception {
    return harness.onFreshServer(false, database -> run(harness, database));
  }

  private Verdict run(Harness harness, Database database) throws Exception {
    WildFlyServer server = harness.server;
    List<String> notes = new ArrayList<>();
    Ledger ledger = new Ledger();
    ProbeLoad load = harness.startLoad(harness.api, harness.amqp, ledger);
    load.awaitAccepted(harness.settings.messages() / 2, Harness.LOAD_TIMEOUT);
    server.kill();
    notes.add("killed with SIGKILL after " + ledger.size() + " probes were accepted");
    server.start();
    Instant restartedAt = Instant.now();
    server.awaitReady();
    load.awaitFinished(Harness.LOAD_TIMEOUT);
    ScheduleRunsCheck.Result schedule =
        new ScheduleRunsCheck(harness.api)
            .await(restartedAt, Instant.now().minusSeconds(10), Harness.SETTLE_TIMEOUT);
    notes.add(schedule.note());
    return harness.settlement.settle(
        name(), database.name(), ledger, Harness.SETTLE_TIMEOUT, schedule.problems(), notes);
  }
}
