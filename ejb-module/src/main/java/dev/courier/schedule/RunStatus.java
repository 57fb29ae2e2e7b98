package dev.courier.schedule;

import java.util.Locale;

/** Where a schedule run stands. */
public enum RunStatus {
  /** Its message is sent and not yet handled (or being retried). */
  DISPATCHED,
  /** Its message was handled. */
  HANDLED,
  /** Its message failed for good: it is in the failure store. */
  FAILED,
  /** The slot came while the previous run's message was still being handled: nothing was sent. */
  SKIPPED_OVERLAP;

  /**
   * As the API writes it: {@code dispatched}, {@code handled}, {@code failed}, {@code
   * skipped-overlap}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
