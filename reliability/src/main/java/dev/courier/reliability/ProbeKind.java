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
  HANDED_ON(0, false, 1),
  /**
   * Not a probe message but a run of the probe pipeline ({@code courier.probe}): three stages, the
   * first fanning out {@value #RUN_ITEMS} items, the last a join; it ends {@code done}.
   */
  PIPELINE_RUN(0, false, 0),
  /**
   * Not a probe message but a probe event ({@code courier.probe.event}), read by the groups probe-a
   * and probe-b; it fails once in probe-a. Settled when both groups have handled it.
   */
  PROBE_EVENT(1, false, 0);

  static final int RUN_ITEMS = 3;

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

  /** The payload of the probe message type ({@code courier.probe}), a run's input or event data. */
  JsonObject payload() {
    if (this == PIPELINE_RUN) {
      return Json.createObjectBuilder().add("items", RUN_ITEMS).build();
    }
    if (this == PROBE_EVENT) {
      return Json.createObjectBuilder()
          .add("failTimes", failTimes)
          .add("groups", Json.createArrayBuilder().add("probe-a"))
          .build();
    }
    return Json.createObjectBuilder()
        .add("failTimes", failTimes)
        .add("unrecoverable", unrecoverable)
        .add("sleepMs", 0)
        .add("hops", hops)
        .build();
  }
}
