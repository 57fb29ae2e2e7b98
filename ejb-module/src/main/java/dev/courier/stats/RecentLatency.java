package dev.courier.stats;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Handling times of the last {@value #MINUTES} minutes, kept in one histogram per minute: the
 * window is the current minute and the four before it, so it moves in one-minute steps.
 */
final class RecentLatency {

  static final int MINUTES = 5;
  private static final long MINUTE_MS = 60_000;

  private final LatencyHistogram[] slots = new LatencyHistogram[MINUTES];
  private final AtomicLongArray slotMinutes = new AtomicLongArray(MINUTES);
  private final LongSupplier clockMs;

  RecentLatency(LongSupplier clockMs) {
    this.clockMs = clockMs;
    for (int i = 0; i < MINUTES; i++) {
      slots[i] = new LatencyHistogram();
      slotMinutes.set(i, Long.MIN_VALUE);
    }
  }

  void record(long nanos) {
    long minute = clockMs.getAsLong() / MINUTE_MS;
    int slot = (int) (minute % MINUTES);
    if (slotMinutes.get(slot) != minute) {
      turn(slot, minute);
    }
    slots[slot].record(nanos);
  }

  /** Empties a slot that held an older minute; once a minute per slot, so a lock is cheap here. */
  private synchronized void turn(int slot, long minute) {
    if (slotMinutes.get(slot) != minute) {
      slots[slot].reset();
      slotMinutes.set(slot, minute);
    }
  }

  synchronized LatencySnapshot snapshot() {
    long minute = clockMs.getAsLong() / MINUTE_MS;
    LatencySnapshot sum = LatencySnapshot.empty();
    for (int i = 0; i < MINUTES; i++) {
      if (slotMinutes.get(i) > minute - MINUTES) {
        sum = sum.plus(slots[i].snapshot());
      }
    }
    return sum;
  }
}
