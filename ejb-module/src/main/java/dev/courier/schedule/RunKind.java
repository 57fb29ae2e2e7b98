package dev.courier.schedule;

import java.util.Locale;

/** Why a schedule ran. */
public enum RunKind {
  /** Its timer fired at a slot. */
  SCHEDULED,
  /** Its timer fired late, after downtime: the missed slots run once, at start-up. */
  CAUGHT_UP,
  /** An operator ran it ({@code POST /schedules/{name}/run}); its slots did not move. */
  RUN_NOW;

  /** As the API writes it: {@code scheduled}, {@code caught-up}, {@code run-now}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
