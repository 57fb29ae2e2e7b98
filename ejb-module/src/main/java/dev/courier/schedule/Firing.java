package dev.courier.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a timer's firing does. A firing more than {@code lateAfter} past the slot the timer was
 * expected at comes after downtime: the first such firing catches the missed slots up in one run;
 * any further firings for slots missed before it (a timer service may fire once per missed slot)
 * are covered by it and do nothing. A slot that comes while a run's message is still out is
 * skipped, so a schedule never runs twice at once.
 */
public enum Firing {
  RUN,
  CATCH_UP,
  SKIP_OVERLAP,
  COVERED;

  /**
   * @param expectedSlot the slot the timer was expected to fire at next; empty before its first
   * @param lastFiring when the timer last fired, if ever
   * @param inFlight whether a run's message of the schedule is still out
   */
  public static Firing decide(
      Instant now,
      Optional<Instant> expectedSlot,
      Optional<Instant> lastFiring,
      boolean inFlight,
      Duration lateAfter) {
    boolean late = expectedSlot.filter(slot -> now.isAfter(slot.plus(lateAfter))).isPresent();
    if (late && lastFiring.filter(at -> !at.isBefore(expectedSlot.get())).isPresent()) {
      return COVERED;
    }
    if (inFlight) {
      return SKIP_OVERLAP;
    }
    return late ? CATCH_UP : RUN;
  }
}
