package dev.courier.stats;

/** Why a message was put back for later without being handled or charged an attempt. */
public enum Deferral {
  /** It came from a newer build than this node's (the build-version guard). */
  NEWER_BUILD,
  /** Its transport's circuit breaker was open, or half-open with its trial message out. */
  BREAKER_OPEN,
  /** Its transport was over its rate limit. */
  RATE_LIMIT;

  /** The name in the stats API and the metrics, e.g. {@code newer-build}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
