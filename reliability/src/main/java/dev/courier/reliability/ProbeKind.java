package dev.courier.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** What a probe asks of its handler, and so where it should end up. */
enum ProbeKind {
  /** Handled on its first attempt. */
  SUCCEEDS(0, false, 0),
  /** Fails once (recoverably), handled on its retry. */
  FAILS_ONCE(1, false, 0),
  /** Fails unrecoverably: straight to the failure store. */
  FAILS_FOR_GOOD(0, true, 0),
  /**
   * Handed on: its handler emits a second message, sent with the first one's acknowledgement, and
   * the probe is handled when that one is.
   */
  HANDED_ON(0, false, 1);

  private final int failTimes;
  private final boolean unrecoverable;
  private final int hops;

  ProbeKind(int failTimes, boolean unrecoverable, int hops) {
    this.failTimes = failTimes;
    this.unrecoverable = unrecoverable;
    this.hops = hops;
  }

  /** Of every ten probes, one fails for good, one fails once, two are handed on, six succeed. */
  static ProbeKind forSequence(long sequence) {
    return switch ((int) (sequence % 10)) {
      case 0 -> FAILS_FOR_GOOD;
      case 1 -> FAILS_ONCE;
      case 2, 3 -> HANDED_ON;
      default -> SUCCEEDS;
    };
  }

  /** The payload of the probe message type ({@code courier.probe}). */
  JsonObject payload() {
    return Json.createObjectBuilder()
        .add("failTimes", failTimes)
        .add("unrecoverable", unrecoverable)
        .add("sleepMs", 0)
        .add("hops", hops)
        .build();
  }
}
