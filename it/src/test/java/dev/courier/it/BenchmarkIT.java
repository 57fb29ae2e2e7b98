package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.bench.app.BaselineConsumer;
import dev.courier.bench.app.BatchSender;
import dev.courier.bench.app.BenchEventHandlers;
import dev.courier.bench.app.BenchGroupA;
import dev.courier.bench.app.BenchGroupB;
import dev.courier.bench.app.BenchGroupC;
import dev.courier.bench.app.BenchHandlers;
import dev.courier.bench.app.BenchMessage;
import dev.courier.bench.app.BenchResource;
import dev.courier.bench.app.BenchRunner;
import dev.courier.bench.app.ChainedMessage;
import dev.courier.bench.app.FailedMessage;
import dev.courier.bench.app.RetriedMessage;
import dev.courier.bench.app.RowMessage;
import dev.courier.bench.app.RowWriter;
import dev.courier.bench.app.Scenario;
import dev.courier.bench.app.Tally;
import dev.courier.bench.driver.BenchClient;
import dev.courier.bench.driver.BenchmarkDriver;
import dev.courier.bench.driver.Figures;
import dev.courier.bench.driver.PeerComparison;
import dev.courier.bench.driver.SymfonyPeer;
import dev.courier.it.support.Api;
import dev.courier.it.support.Deployments;
import dev.courier.it.support.Management;
import dev.courier.it.support.PythonAmqp;
import dev.courier.it.support.ServerLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark harness of bench/, on the test server. By default a smoke run (200 messages, one
 * run each) so the harness cannot rot; with {@code -Dcourier.bench.messages=…
 * -Dcourier.bench.runs=3} it is the benchmark, and writes its report to {@code
 * it/target/benchmarks.md}. The test checks only that every benchmark ran to its end, never a
 * speed.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(BenchmarkIT.BaselineQueue.class)
class BenchmarkIT {

  private static final int MESSAGES = Integer.getInteger("courier.bench.messages", 200);
  private static final int RUNS = Integer.getInteger("courier.bench.runs", 1);
  private static final boolean HEAP = Boolean.getBoolean("courier.bench.heap");

  /**
   * The Symfony Messenger peer benchmark's directory (its {@code run.sh}), run right after
   * Courier's benchmarks when this is the benchmark (more than one run) and PHP is there; {@code
   * none} skips it.
   */
  private static final String PEER = System.getProperty("courier.bench.peer", "none");

  /** Only these benchmarks (beside the baseline and Courier, always run), comma-separated. */
  private static final List<String> ONLY =
      List.of(System.getProperty("courier.bench.only", "").split(",")).stream()
          .filter(name -> !name.isBlank())
          .toList();

  /**
   * The baseline MDB's plain queue, made before the deployment and removed after it. It gets the
   * memory limits of Courier's queues (server-config), so both page at the same depth.
   */
  static class BaselineQueue implements ServerSetupTask {

    private static final String[] ADDRESS =
        Management.messaging("jms-queue", BaselineConsumer.QUEUE);

    private static final String[] SETTINGS =
        Management.messaging("address-setting", "jms.queue." + BaselineConsumer.QUEUE);

    private static final String[] COURIER_SETTINGS =
        Management.messaging("address-setting", "jms.queue.courier.#");

    private static final List<String> MEMORY_LIMITS =
        List.of("max-size-bytes", "page-size-bytes", "address-full-policy");

    @Override
    public void setup(ManagementClient client, String containerId) {
      Management management = new Management(client);
      var settings = Management.operation("add", SETTINGS);
      for (String limit : MEMORY_LIMITS) {
        settings.get(limit).set(management.readAttribute(limit, COURIER_SETTINGS));
      }
      management.execute(settings);
      var add = Management.operation("add", ADDRESS);
      add.get("entries").add(BaselineConsumer.DESTINATION);
      management.execute(add);
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) {
      Management management = new Management(client);
      management.execute("remove", ADDRESS);
      management.execute("remove", SETTINGS);
    }
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.courier()
        .ejb(
            BenchMessage.class,
            RetriedMessage.class,
            RowMessage.class,
            RowWriter.class,
            FailedMessage.class,
            BenchHandlers.class,
            BenchHandlers.Noop.class,
            BenchHandlers.FailOnce.class,
            BenchHandlers.AlwaysFail.class,
            BenchHandlers.EmitNext.class,
            ChainedMessage.class,
            BaselineConsumer.class,
            BatchSender.class,
            BenchRunner.class,
            BenchRunner.Result.class,
            Scenario.class,
            Tally.class,
            BenchEventHandlers.class,
            BenchEventHandlers.GroupA.class,
            BenchEventHandlers.GroupsBandC.class,
            BenchGroupA.class,
            BenchGroupB.class,
            BenchGroupC.class)
        .web(BenchResource.class)
        .config("courier.transport.high.retry.delay=0")
        .config("courier.transport.high.retry.jitter=0")
        .config("courier.transport.batch.retry.delay=0")
        .config("courier.transport.batch.retry.jitter=0")
        // AMQP dispatch names no transport: bench.noop goes to high, as the other rows send it.
        .config("courier.routing.bench.noop=high")
        .config("courier.events.stream." + BenchEventHandlers.ONE_GROUP + "=bench-one")
        .config("courier.events.stream." + BenchEventHandlers.THREE_GROUPS + "=bench-three")
        // Every event of a run stays in the backlog until handled: none is dropped at 10,000.
        .config("courier.events.stream.bench-one.max-length=10000000")
        .config("courier.events.stream.bench-three.max-length=10000000")
        .config("courier.events.group.bench-a.streams=bench-one,bench-three")
        .config("courier.events.group.bench-b.streams=bench-three")
        .config("courier.events.group.bench-c.streams=bench-three")
        .build();
  }

  /** One benchmark of the report; some give two figures. */
  private interface Step {
    List<Figures> measure() throws Exception;
  }

  @Test
  void everyBenchmarkRunsToItsEnd() throws Exception {
    BenchClient client =
        new BenchClient(Api.BASE, "it-admin", System.getProperty("courier.it.password"));
    // Read before the runs: a long run may outlive the server log (it rotates at midnight).
    String boot = ServerLog.bootLines();
    BenchmarkDriver driver = new BenchmarkDriver(client, MESSAGES, RUNS);
    driver.warmUp();
    Figures baseline = driver.scenario("baseline");
    Figures courier = driver.scenario("courier");
    Figures batch = driver.scenario("batch");
    List<Figures> figures = new ArrayList<>(List.of(baseline, courier, batch));
    Map<String, Step> steps = new LinkedHashMap<>();
    steps.put("courier-spread", () -> List.of(driver.scenario("courier-spread")));
    steps.put("rest-batch", driver::restBatch);
    steps.put("row", () -> List.of(driver.scenario("row")));
    steps.put("batch-row", () -> List.of(driver.scenario("batch-row")));
    steps.put("retry", () -> List.of(driver.scenario("retry")));
    steps.put("batch-retry", () -> List.of(driver.scenario("batch-retry")));
    steps.put("failure", () -> List.of(driver.scenario("failure")));
    steps.put("chain", () -> List.of(driver.scenario("chain")));
    steps.put("pipeline", () -> driver.pipeline(Scenario.PIPELINE));
    steps.put("pipeline-fan-out", () -> driver.pipeline(Scenario.PIPELINE_FAN_OUT));
    steps.put("events-one-group", () -> driver.events(Scenario.EVENTS_ONE_GROUP));
    steps.put("events-three-groups", () -> driver.events(Scenario.EVENTS_THREE_GROUPS));
    steps.put(
        "amqp-dispatch",
        () ->
            driver.amqpDispatch(
                Path.of("src/test/python/amqp_bench_send.py"),
                PythonAmqp.BROKER,
                "it-admin",
                System.getProperty("courier.it.password")));
    steps.put("paced", () -> List.of(driver.paced(courier.median() / 2)));
    steps.put("paced-batch", () -> List.of(driver.paced("batch", batch.median() / 2)));
    steps.put("rest-single", () -> List.of(driver.restSingle()));
    for (Map.Entry<String, Step> step : steps.entrySet()) {
      if (ONLY.isEmpty() || ONLY.contains(step.getKey())) {
        for (Figures figure : step.getValue().measure()) {
          System.out.println("BENCH " + figure.row(baseline));
          figures.add(figure);
        }
      }
    }
    List<String> heap = HEAP ? heapCheck(driver) : List.of();

    for (Figures figure : figures) {
      assertEquals(RUNS, figure.perSecond().size(), figure.name());
      assertTrue(figure.min() > 0, figure.name());
    }
    report(figures, baseline, heap, boot, peer(figures));
    client.post("failed/remove", "{}", Duration.ofMinutes(10));
  }

  /**
   * The server's heap after a tenth and after all of: 1,000,000 messages through the batch
   * transport, 1,000,000 events to one group, 100,000 pipeline runs (each step its own tenth ten
   * times). Flat means what a long-running server holds does not grow with what it has handled.
   */
  private static List<String> heapCheck(BenchmarkDriver driver) {
    List<String> rows = new ArrayList<>();
    rows.addAll(
        heapAfter(
            driver,
            "messages (batch)",
            100_000,
            () -> driver.withMessages(100_000).scenario("batch")));
    rows.addAll(
        heapAfter(
            driver,
            "events (one group)",
            100_000,
            () -> driver.withMessages(100_000).events(Scenario.EVENTS_ONE_GROUP)));
    rows.addAll(
        heapAfter(
            driver,
            "pipeline runs",
            10_000,
            () -> driver.withMessages(30_000).pipeline(Scenario.PIPELINE)));
    return rows;
  }

  /** The heap after one {@code tenth} of {@code what}, and after ten. */
  private static List<String> heapAfter(
      BenchmarkDriver driver, String what, int perTenth, Runnable tenth) {
    tenth.run();
    double afterOne = driver.heapMiB();
    for (int i = 0; i < 9; i++) {
      tenth.run();
    }
    double afterTen = driver.heapMiB();
    return List.of(
        String.format(Locale.ROOT, "| after %,d %s | %.1f MiB |", perTenth, what, afterOne),
        String.format(Locale.ROOT, "| after %,d %s | %.1f MiB |", perTenth * 10, what, afterTen));
  }

  /** The peer's figures beside Courier's, or why the peer did not run. */
  private static String peer(List<Figures> figures) throws IOException, InterruptedException {
    if (RUNS < 2 || PEER.equals("none")) {
      return "Symfony Messenger peer: not run (it runs with the benchmark, -Dcourier.bench.runs=3,"
          + " unless -Dcourier.bench.peer=none).\n";
    }
    SymfonyPeer peer = new SymfonyPeer(Path.of(PEER));
    Optional<String> unavailable = peer.unavailable();
    if (unavailable.isPresent()) {
      return "Symfony Messenger peer: not run: " + unavailable.get() + "; Courier alone above.\n";
    }
    Map<String, Figures> byName = new LinkedHashMap<>();
    figures.forEach(figure -> byName.put(figure.name(), figure));
    List<SymfonyPeer.PeerFigure> theirs =
        peer.run(RUNS, MESSAGES, Path.of("target", "symfony-peer.log"), Duration.ofMinutes(60));
    return "Symfony Messenger peer, right after ("
        + PEER
        + "):\n\n"
        + PeerComparison.table(byName, theirs);
  }

  private static void report(
      List<Figures> figures, Figures baseline, List<String> heap, String boot, String peer)
      throws IOException {
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%d messages per run, %d runs, Java %s%n%n",
            MESSAGES,
            RUNS,
            System.getProperty("java.version")));
    report.append("| benchmark | median /s | min–max /s | p50 | p99 | × baseline |\n");
    report.append("|---|---|---|---|---|---|\n");
    for (Figures figure : figures) {
      report.append(figure.row(figure == baseline ? null : baseline)).append('\n');
    }
    if (!heap.isEmpty()) {
      report.append("\n| heap in use after a full GC | |\n|---|---|\n");
      heap.forEach(line -> report.append(line).append('\n'));
    }
    report.append('\n').append(peer);
    report.append('\n').append(boot).append('\n');
    Path file = Path.of("target", "benchmarks.md");
    Files.writeString(file, report);
    System.out.println(report);
  }
}
