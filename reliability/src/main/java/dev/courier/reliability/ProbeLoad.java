package dev.courier.reliability;

import dev.courier.reliability.CourierApi.ProbeOrder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that keep dispatching probes until a number has been accepted: batches over REST ({@code
 * POST /messages/batch}) and single probes through the probe API (dispatched by {@code MessageBus}
 * in the server), over the three priority transports and the batch transport (ten probes in a row
 * to each, in turn), one in ten failing for good and one in ten failing once; runs of the probe
 * pipeline ({@code POST /pipelines/courier.probe/runs}), each of which must end {@code done}; and
 * probe events ({@code POST /events}), each of which both probe groups must handle. A request that
 * fails (the server is down, the database is away) is not counted and the client tries again after
 * a pause, as a real client would; only 202 answers enter the ledger.
 */
final class ProbeLoad {

  private static final List<String> TRANSPORTS = List.of("high", "normal", "low", "batch");
  private static final int BATCH_CLIENTS = 3;
  private static final Duration PAUSE_AFTER_ERROR = Duration.ofMillis(250);

  private final CourierApi api;
  private final AmqpPublisher amqp;
  private final Ledger ledger;
  private final int total;
  private final int batchSize;
  private final double perSecond;
  private final AtomicLong sequence = new AtomicLong();
  private final List<Thread> clients = new ArrayList<>();
  private long startNanos;

  /**
   * @param perSecond the pace of the whole load, or 0 for as fast as the server takes it
   */
  ProbeLoad(
      CourierApi api,
      AmqpPublisher amqp,
      Ledger ledger,
      int total,
      int batchSize,
      double perSecond) {
    this.api = api;
    this.amqp = amqp;
    this.ledger = ledger;
    this.total = total;
    this.batchSize = batchSize;
    this.perSecond = perSecond;
  }

  void start() {
    startNanos = System.nanoTime();
    for (int i = 0; i < BATCH_CLIENTS; i++) {
      clients.add(client("batch-client-" + i, this::sendBatch));
    }
    clients.add(client("message-bus-client", this::sendSingle));
    clients.add(client("pipeline-client", this::startRun));
    clients.add(client("event-client", this::publishEvent));
    clients.add(client("amqp-event-client", this::publishEventOverAmqp));
    clients.forEach(Thread::start);
  }

  /** Waits until at least this many probes were accepted. */
  void awaitAccepted(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (ledger.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + ledger.size() + " of " + count + " probes accepted after " + timeout);
      }
      Thread.sleep(50);
    }
  }

  /** Waits until the clients are done: the whole load was accepted. */
  void awaitFinished(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread client : clients) {
      client.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      if (client.isAlive()) {
        stop();
        throw new IllegalStateException("the load was not accepted within " + timeout);
      }
    }
  }

  void stop() {
    clients.forEach(Thread::interrupt);
  }

  private interface Send {
    void send() throws IOException, InterruptedException;
  }

  private Thread client(String name, Send send) {
    Thread thread =
        new Thread(
            () -> {
              while (ledger.size() < total && !Thread.currentThread().isInterrupted()) {
                try {
                  send.send();
                } catch (IOException e) {
                  sleep(PAUSE_AFTER_ERROR);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            name);
    thread.setDaemon(true);
    return thread;
  }

  private void sendBatch() throws IOException, InterruptedException {
    List<ProbeOrder> orders = new ArrayList<>();
    for (int i = 0; i < batchSize; i++) {
      orders.add(order(sequence.getAndIncrement()));
    }
    pace(orders.size());
    List<String> ids = api.dispatchBatch(orders);
    for (int i = 0; i < ids.size(); i++) {
      ledger.accepted(
          ids.get(i), orders.get(i).kind(), "REST batch to " + orders.get(i).transport());
    }
  }

  private void sendSingle() throws IOException, InterruptedException {
    ProbeOrder order = order(sequence.getAndIncrement());
    pace(1);
    ledger.accepted(api.dispatchProbe(order), order.kind(), "MessageBus to " + order.transport());
  }

  private void startRun() throws IOException, InterruptedException {
    pace(1);
    ledger.accepted(
        api.startProbeRun(ProbeKind.PIPELINE_RUN.payload()), ProbeKind.PIPELINE_RUN, "pipeline");
  }

  private void publishEvent() throws IOException, InterruptedException {
    pace(1);
    ledger.accepted(
        api.publishProbeEvent(ProbeKind.PROBE_EVENT.payload()),
        ProbeKind.PROBE_EVENT,
        "REST event");
  }

  private void publishEventOverAmqp() throws IOException, InterruptedException {
    pace(1);
    ledger.accepted(
        amqp.publishProbeEvent(ProbeKind.PROBE_EVENT.payload()),
        ProbeKind.PROBE_EVENT,
        "AMQP event");
  }

  private static ProbeOrder order(long n) {
    // Ten in a row to each transport: every kind of probe reaches every transport.
    return new ProbeOrder(
        TRANSPORTS.get((int) (n / 10 % TRANSPORTS.size())), ProbeKind.forSequence(n));
  }

  /** With a pace, waits until the load may have sent this many more. */
  private void pace(int count) throws InterruptedException {
    if (perSecond <= 0) {
      return;
    }
    long due = startNanos + (long) ((ledger.size() + count) / perSecond * 1e9);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
