package dev.courier.reliability;

import dev.courier.reliability.CourierApi.ProbeOrder;
import java.io.IOException;
import java.time.Duration;

/**
 * A client that sends one probe after another (MessageBus to high, one every 50 ms at most) while a
 * broker switches over, and measures what it saw: the longest time between two accepted probes.
 * Every accepted probe joins the ledger.
 */
final class ClientOutage implements AutoCloseable {

  private static final ProbeOrder PROBE = new ProbeOrder("high", ProbeKind.SUCCEEDS);
  private static final long INTERVAL_MILLIS = 50;

  private final CourierApi api;
  private final Ledger ledger;
  private final Thread client;
  private volatile long lastAccepted;
  private volatile long longestGap;
  private volatile long accepted;

  ClientOutage(CourierApi api, Ledger ledger) {
    this.api = api;
    this.ledger = ledger;
    this.lastAccepted = System.nanoTime();
    this.client = new Thread(this::send, "client-outage");
    client.setDaemon(true);
    client.start();
  }

  /** Waits until a probe sent from now on is accepted; the longest gap seen until then. */
  Duration awaitAcceptedAgain(Duration timeout) throws InterruptedException {
    long from = accepted;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (accepted <= from + 1) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no probe was accepted within " + timeout);
      }
      Thread.sleep(INTERVAL_MILLIS);
    }
    return Duration.ofNanos(longestGap);
  }

  private void send() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        ledger.accepted(api.dispatchProbe(PROBE), PROBE.kind(), "MessageBus to high (outage)");
        long now = System.nanoTime();
        longestGap = Math.max(longestGap, now - lastAccepted);
        lastAccepted = now;
        accepted++;
        Thread.sleep(INTERVAL_MILLIS);
      } catch (IOException e) {
        pause();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(INTERVAL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    client.interrupt();
    client.join(Duration.ofSeconds(40).toMillis());
  }
}
