package dev.courier.bench.driver;

import dev.courier.bench.app.Scenario;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every benchmark of the harness against a server that has the bench app deployed, each {@code
 * runs} times, and reports medians with min and max. The scenarios of the bench app run inside the
 * server; the REST ones are driven from here.
 */
public final class BenchmarkDriver {

  static final String TEXT = "x".repeat(200);
  private static final int REST_BATCH = 1_000;
  private static final int REST_CLIENTS = 16;
  private static final int WARM_UP = 10_000;

  private final BenchClient client;
  private final int messages;
  private final int runs;
  private final Duration timeout;

  public BenchmarkDriver(BenchClient client, int messages, int runs) {
    this.client = client;
    this.messages = messages;
    this.runs = runs;
    this.timeout = Duration.ofMinutes(30);
  }

  /** Runs the baseline and Courier once, unmeasured, so the server's code is compiled. */
  public void warmUp() {
    BenchmarkDriver once = withMessages(Math.min(messages, WARM_UP));
    once.scenario("baseline");
    once.scenario("courier");
  }

  /** The same driver, {@code messages} per run and one run. */
  public BenchmarkDriver withMessages(int messages) {
    return new BenchmarkDriver(client, messages, 1);
  }

  /** The in-server scenario, e.g. {@code courier-spread}, run {@code runs} times. */
  public Figures scenario(String name) {
    List<Double> perSecond = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      JsonObject result =
          client.post(
              "bench/run/" + name + "?messages=" + messages + "&timeoutMs=" + timeout.toMillis(),
              "",
              timeout.plusMinutes(1));
      perSecond.add(result.getJsonNumber("perSecond").doubleValue());
    }
    return new Figures(name, perSecond, -1, -1);
  }

  /**
   * A pipeline scenario ({@code pipeline}, {@code pipeline-fan-out}): runs per second, and the
   * stage hops per second they make (messages through stages, comparable with the baseline's).
   */
  public List<Figures> pipeline(Scenario scenario) {
    Figures runsPerSecond = scenario(scenario.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    return List.of(
        new Figures(
            runsPerSecond.name() + " (runs, " + scenario.hopsPerRun() + " hops each)",
            runsPerSecond.perSecond(),
            -1,
            -1),
        new Figures(
            runsPerSecond.name() + " (stage hops)",
            runsPerSecond.perSecond().stream().map(r -> r * scenario.hopsPerRun()).toList(),
            -1,
            -1));
  }

  /**
   * An events scenario: events published per second, and the deliveries the groups handled per
   * second (events × groups), both end to end (until every group handled every event).
   */
  public List<Figures> events(Scenario scenario) {
    Figures deliveries = scenario(scenario.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    int groups = scenario.groups();
    return List.of(
        new Figures(
            deliveries.name() + " (events published)",
            deliveries.perSecond().stream().map(d -> d / groups).toList(),
            -1,
            -1),
        new Figures(
            deliveries.name() + " (deliveries handled, " + groups + " per event)",
            deliveries.perSecond(),
            -1,
            -1));
  }

  /**
   * {@code messages} messages of type {@code bench.noop} dispatched over AMQP 1.0 to {@code
   * courier.dispatch} by a Python client (Qpid Proton, as many in flight as the broker's credit
   * allows): accepted by the broker per second, and end to end until all are handled.
   */
  public List<Figures> amqpDispatch(Path script, String broker, String user, String password)
      throws Exception {
    List<Double> accepted = new ArrayList<>();
    List<Double> handled = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      client.post("bench/tally/reset", "", Duration.ofSeconds(30));
      long start = System.nanoTime();
      Process python =
          new ProcessBuilder(
                  "/usr/bin/python3",
                  script.toString(),
                  broker,
                  user,
                  password,
                  "courier.dispatch",
                  String.valueOf(messages))
              .redirectErrorStream(true)
              .start();
      String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (python.waitFor() != 0) {
        throw new IllegalStateException("the AMQP sender failed: " + output);
      }
      awaitTally(messages);
      long handledNanos = System.nanoTime() - start;
      accepted.add(
          messages / Double.parseDouble(output.strip().lines().reduce((a, b) -> b).orElseThrow()));
      handled.add(messages * 1e9 / handledNanos);
    }
    return List.of(
        new Figures("AMQP dispatch from Python, accepted", accepted, -1, -1),
        new Figures("AMQP dispatch from Python, end to end", handled, -1, -1));
  }

  /** Courier end to end at a steady {@code perSecond}, with dispatch → handled latencies. */
  public Figures paced(double perSecond) {
    return paced("courier", perSecond);
  }

  /** A scenario ({@code courier} or {@code batch}) at a steady rate, with its latency. */
  public Figures paced(String scenario, double perSecond) {
    int count = (int) Math.max(200, Math.min(messages, perSecond * 20));
    List<Double> rates = new ArrayList<>();
    long p50 = 0;
    long p99 = 0;
    for (int run = 0; run < runs; run++) {
      JsonObject result =
          client.post(
              String.format(
                  Locale.ROOT,
                  "bench/paced?scenario=%s&messages=%d&perSecond=%.1f&timeoutMs=%d",
                  scenario,
                  count,
                  perSecond,
                  timeout.toMillis()),
              "",
              timeout.plusMinutes(1));
      rates.add(result.getJsonNumber("perSecond").doubleValue());
      p50 = Math.max(p50, result.getJsonNumber("p50Ms").longValue());
      p99 = Math.max(p99, result.getJsonNumber("p99Ms").longValue());
    }
    return new Figures(
        String.format(Locale.ROOT, "%s at %.0f/s (latency, worst run)", scenario, perSecond),
        rates,
        p50,
        p99);
  }

  /**
   * {@code POST /messages/batch} with {@value #REST_BATCH} messages per request from two client
   * threads: accepted per second; the end-to-end rate (until all are handled) is the second.
   */
  public List<Figures> restBatch() throws Exception {
    List<Double> accepted = new ArrayList<>();
    List<Double> handled = new ArrayList<>();
    String batch = batchBody();
    for (int run = 0; run < runs; run++) {
      client.post("bench/tally/reset", "", Duration.ofSeconds(30));
      int requests = Math.max(1, messages / REST_BATCH);
      long start = System.nanoTime();
      load(2, requests, () -> client.postStatus("messages/batch", batch) == 202);
      long acceptedNanos = System.nanoTime() - start;
      awaitTally((long) requests * REST_BATCH);
      long handledNanos = System.nanoTime() - start;
      accepted.add(requests * REST_BATCH * 1e9 / acceptedNanos);
      handled.add(requests * REST_BATCH * 1e9 / handledNanos);
    }
    return List.of(
        new Figures("REST batch dispatch, accepted", accepted, -1, -1),
        new Figures("REST batch dispatch, end to end", handled, -1, -1));
  }

  /**
   * Single-message {@code POST /messages} from {@value #REST_CLIENTS} concurrent connections:
   * requests per second and request latency. The load comes from {@code wrk} when it is installed
   * (a native process, so the client takes little of the machine's CPU), else from Java threads in
   * this JVM.
   */
  public Figures restSingle() throws Exception {
    String body =
        "{\"type\":\"bench.noop\",\"transport\":\"high\",\"payload\":{\"text\":\"" + TEXT + "\"}}";
    return WrkLoad.available() ? restSingleFromWrk(body) : restSingleFromJava(body);
  }

  private Figures restSingleFromWrk(String body) throws Exception {
    List<Double> perSecond = new ArrayList<>();
    long p50 = 0;
    long p99 = 0;
    int seconds = Math.max(2, messages / 2_000);
    for (int run = 0; run < runs; run++) {
      client.post("bench/tally/reset", "", Duration.ofSeconds(30));
      WrkLoad.Result result =
          WrkLoad.post(client.url("messages"), client.authorization(), body, REST_CLIENTS, seconds);
      if (result.refused() > 0) {
        throw new IllegalStateException(
            result.refused() + " of " + result.requests() + " requests were refused");
      }
      perSecond.add(result.perSecond());
      p50 = Math.max(p50, result.p50Ms());
      p99 = Math.max(p99, result.p99Ms());
      awaitTally(result.requests());
    }
    return new Figures(
        "REST single dispatch, " + REST_CLIENTS + " wrk connections (request latency, worst run)",
        perSecond,
        p50,
        p99);
  }

  private Figures restSingleFromJava(String body) throws Exception {
    List<Double> perSecond = new ArrayList<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    for (int run = 0; run < runs; run++) {
      client.post("bench/tally/reset", "", Duration.ofSeconds(30));
      long start = System.nanoTime();
      load(
          REST_CLIENTS,
          messages,
          () -> {
            long sent = System.nanoTime();
            boolean ok = client.postStatus("messages", body) == 202;
            latencies.add((System.nanoTime() - sent) / 1_000_000);
            return ok;
          });
      perSecond.add(messages * 1e9 / (System.nanoTime() - start));
      awaitTally(messages);
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Figures(
        "REST single dispatch, " + REST_CLIENTS + " Java clients (request latency)",
        perSecond,
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1));
  }

  /** Heap in use after a full GC, in MiB. */
  public double heapMiB() {
    return client.get("bench/heap").getJsonNumber("usedBytes").longValue() / 1_048_576.0;
  }

  private static String batchBody() {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < REST_BATCH; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"type\":\"bench.noop\",\"transport\":\"high\",\"payload\":{\"text\":\"")
          .append(TEXT)
          .append("\"}}");
    }
    return body.append(']').toString();
  }

  /** {@code total} calls of {@code call} shared by {@code threads} threads; all must succeed. */
  private static void load(int threads, int total, java.util.concurrent.Callable<Boolean> call)
      throws Exception {
    AtomicInteger left = new AtomicInteger(total);
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  while (left.getAndDecrement() > 0) {
                    if (!call.call()) {
                      failed.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    if (failed.get() > 0) {
      throw new IllegalStateException(failed.get() + " of " + total + " requests were refused");
    }
  }

  private void awaitTally(long count) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (client.get("bench/tally").getJsonNumber("count").longValue() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not all " + count + " messages were handled in time");
      }
      Thread.sleep(20);
    }
  }
}
