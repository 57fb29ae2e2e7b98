package dev.courier.reliability;

import dev.courier.reliability.CourierApi.ProbeOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded broker restarted (a normal shutdown of the server and a start on the same broker
 * journal) under load, while some probes wait in the broker for their retry (scheduled messages of
 * the low transport, whose first retry comes after 30 s) and others sit in Courier's dead-letter
 * queue (moved there with the broker's own operation while its drain was paused). After the restart
 * the retries must run and the dead letters reach the failure store.
 */
final class BrokerRestartScenario implements Scenario {

  private static final String TRANSPORT = "low";
  private static final String QUEUE =
      "/subsystem=messaging-activemq/server=default/jms-queue=courier.";
  private static final Pattern RESULT = Pattern.compile("\"result\" => (\\d+)L?");
  private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(30);

  @Override
  public String name() {
    return "broker-restart";
  }

  @Override
  public Verdict run(Harness harness) throws Exception {
    return harness.onFreshServer(false, database -> run(harness, database));
  }

  private Verdict run(Harness harness, Database database) throws Exception {
    WildFlyServer server = harness.server;
    CourierApi api = harness.api;
    int waiting = Math.max(10, harness.settings.messages() / 20);
    List<String> notes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Ledger ledger = new Ledger();

    server.cli(QUEUE + "dead-letter:pause()");
    api.pause(TRANSPORT);
    dispatch(api, ledger, waiting, ProbeKind.SUCCEEDS);
    awaitFigure(api, "messageCount", waiting);
    server.cli(QUEUE + TRANSPORT + ":send-messages-to-dead-letter-address()");
    api.resume(TRANSPORT);
    dispatch(api, ledger, waiting, ProbeKind.FAILS_ONCE);
    awaitFigure(api, "scheduledCount", waiting);

    ProbeLoad load =
        new ProbeLoad(
            api,
            harness.amqp,
            ledger,
            ledger.size() + harness.settings.messages(),
            harness.batchSize(),
            0);
    load.start();
    load.awaitAccepted(ledger.size() + harness.settings.messages() / 2, Harness.LOAD_TIMEOUT);

    long deadLetters =
        cliNumber(server.cli(QUEUE + "dead-letter:read-attribute(name=message-count)"));
    long scheduled = api.transport(TRANSPORT).getJsonNumber("scheduledCount").longValue();
    notes.add(
        String.format(
            "at the restart: %,d probes in the dead-letter queue, %,d scheduled on %s"
                + " (%,d of each put there by the scenario), %,d accepted",
            deadLetters, scheduled, TRANSPORT, waiting, ledger.size()));
    if (deadLetters < waiting) {
      problems.add("the dead-letter queue held " + deadLetters + " of " + waiting + " probes");
    }
    server.shutdown();
    server.start();
    server.awaitReady();
    server.cli(QUEUE + "dead-letter:resume()");

    load.awaitFinished(Harness.LOAD_TIMEOUT);
    return harness.settlement.settle(
        name(), database.name(), ledger, Harness.SETTLE_TIMEOUT, problems, notes);
  }

  private static void dispatch(CourierApi api, Ledger ledger, int count, ProbeKind kind)
      throws Exception {
    List<ProbeOrder> orders = Collections.nCopies(count, new ProbeOrder(TRANSPORT, kind));
    for (String id : api.dispatchBatch(orders)) {
      ledger.accepted(id, kind, "REST batch to " + TRANSPORT);
    }
  }

  /** Waits until a figure of the low transport's queue reaches at least this value. */
  private static void awaitFigure(CourierApi api, String figure, long atLeast) throws Exception {
    long deadline = System.nanoTime() + SETUP_TIMEOUT.toNanos();
    long value = 0;
    while (System.nanoTime() < deadline) {
      value = api.transport(TRANSPORT).getJsonNumber(figure).longValue();
      if (value >= atLeast) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        TRANSPORT
            + "'s "
            + figure
            + " was "
            + value
            + ", not "
            + atLeast
            + ", after "
            + SETUP_TIMEOUT);
  }

  private static long cliNumber(String output) {
    Matcher matcher = RESULT.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("no number in the management answer: " + output);
    }
    return Long.parseLong(matcher.group(1));
  }
}
