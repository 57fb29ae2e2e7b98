package dev.courier.reliability;

import dev.courier.reliability.CourierApi.ProbeOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of two nodes, then of one, on the broker pair, with the CPU each part spent per
 * message: a backlog of probes is put on the {@value #TRANSPORT} transport while it is paused (on
 * the broker, so for every node), then the transport is resumed and the time until its queue is
 * empty is measured, with the CPU time of each node's and the active broker's process over it.
 * Every probe must be handled, as in the kill tests. The figures are in the report's notes
 * (docs/scale-out.md).
 */
final class ClusterThroughputScenario implements Scenario {

  private static final String TRANSPORT = "normal";
  private static final int BATCH = 500;

  /** How often the queue is looked at: each look is a dozen management requests to the broker. */
  private static final long POLL_MILLIS = 500;

  @Override
  public String name() {
    return "cluster-throughput";
  }

  @Override
  public Verdict run(Harness harness) throws Exception {
    return harness.onFreshCluster(name(), (cluster, database) -> run(harness, cluster, database));
  }

  private Verdict run(Harness harness, Cluster cluster, Database database) throws Exception {
    CourierApi api = cluster.api(Cluster.NODE_A);
    Ledger ledger = new Ledger();
    int messages = harness.settings.messages();
    List<String> notes = new ArrayList<>();
    notes.add(drain(cluster, api, ledger, messages, List.of(Cluster.NODE_A, Cluster.NODE_B)));
    cluster.kill(Cluster.NODE_B);
    notes.add(drain(cluster, api, ledger, messages, List.of(Cluster.NODE_A)));
    return new Settlement(api)
        .settle(name(), database.name(), ledger, Harness.SETTLE_TIMEOUT, List.of(), notes);
  }

  /** One measurement with these nodes up: what it found, as a note. */
  private static String drain(
      Cluster cluster, CourierApi api, Ledger ledger, int messages, List<String> nodes)
      throws Exception {
    api.pause(TRANSPORT);
    List<ProbeOrder> batch =
        Collections.nCopies(BATCH, new ProbeOrder(TRANSPORT, ProbeKind.SUCCEEDS));
    for (int sent = 0; sent < messages; sent += BATCH) {
      for (String id : api.dispatchBatch(batch.subList(0, Math.min(BATCH, messages - sent)))) {
        ledger.accepted(id, ProbeKind.SUCCEEDS, "REST batch to " + TRANSPORT + " (backlog)");
      }
    }
    List<String> parts = new ArrayList<>(nodes);
    parts.add(Cluster.PRIMARY);
    double[] cpuBefore = cpu(cluster, parts);
    long start = System.nanoTime();
    api.resume(TRANSPORT);
    while (api.transport(TRANSPORT).getJsonNumber("messageCount").longValue() > 0) {
      Thread.sleep(POLL_MILLIS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] cpuAfter = cpu(cluster, parts);
    StringBuilder note =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %,d probes on %s drained in %.1f s, %,.0f messages/s; CPU per message:",
                nodes.size() == 1 ? "one node" : nodes.size() + " nodes",
                messages,
                TRANSPORT,
                seconds,
                messages / seconds));
    for (int i = 0; i < parts.size(); i++) {
      note.append(
          String.format(
              Locale.ROOT,
              " %s %.3f ms",
              parts.get(i),
              (cpuAfter[i] - cpuBefore[i]) * 1000 / messages));
    }
    return note.toString();
  }

  private static double[] cpu(Cluster cluster, List<String> parts) throws Exception {
    double[] seconds = new double[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      seconds[i] = cluster.cpuSeconds(parts.get(i));
    }
    return seconds;
  }
}
