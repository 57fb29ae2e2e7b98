package dev.courier.pipeline;

import java.util.Locale;

/** Where a run, or one stage of it, stands. */
public enum RunStatus {
  PENDING,
  RUNNING,
  DONE,
  FAILED;

  /** As the API writes it: {@code pending}, {@code running}, {@code done}, {@code failed}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean ended() {
    return this == DONE || this == FAILED;
  }
}
