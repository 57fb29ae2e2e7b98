package dev.courier.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** What a probe asks of its handler, and so where it should end up. */
enum ProbeKind {
  /** Handled on its first attempt. */
  SUCCEEDS(0, false),
  /** Fails once (recoverably), handled on its retry. */
  FAILS_ONCE(1, false),
  /** Fails unrecoverably: straight to the failure store. */
  FAILS_FOR_GOOD(0, true);

  private final int failTimes;
  private final boolean unrecoverable;

  ProbeKind(int failTimes, boolean unrecoverable) {
    this.failTimes = failTimes;
    this.unrecoverable = unrecoverable;
  }

  /** Of every ten probes, one fails for good, one fails once, eight succeed. */
  static ProbeKind forSequence(long sequence) {
    return switch ((int) (sequence % 10)) {
      case 0 -> FAILS_FOR_GOOD;
      case 1 -> FAILS_ONCE;
      default -> SUCCEEDS;
    };
  }

  /** The payload of the probe message type ({@code courier.probe}). */
  JsonObject payload() {
    return Json.createObjectBuilder()
        .add("failTimes", failTimes)
        .add("unrecoverable", unrecoverable)
        .add("sleepMs", 0)
        .build();
  }
}
