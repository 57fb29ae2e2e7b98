package dev.courier.probe;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A synthetic message that checks the whole path on a live system.
 *
 * @param failTimes the handler fails (recoverably) on the probe's first this-many attempts, counted
 *     over the probe's whole life
 * @param unrecoverable the handler fails with an unrecoverable error
 * @param sleepMs the handler works this long before it succeeds
 * @param hops how many more messages the probe goes through after this one: a probe with hops hands
 *     itself on ({@link dev.courier.handler.MessageContext#emit}) instead of counting as handled,
 *     and is handled when its last hop is; the later hops never fail or sleep
 * @param origin on a later hop, the id of the probe it belongs to; null on the first
 */
@MessageType(ProbeMessage.TYPE)
public record ProbeMessage(
    @PositiveOrZero @Max(1_000) int failTimes,
    boolean unrecoverable,
    @PositiveOrZero @Max(60_000) long sleepMs,
    @PositiveOrZero @Max(MAX_HOPS) int hops,
    String origin) {

  public static final String TYPE = "courier.probe";
  public static final int MAX_HOPS = 5;

  /**
   * A probe as the probe API sends it. (A factory, not a second constructor: JSON-B binds a record
   * through its one canonical constructor.)
   */
  public static ProbeMessage of(int failTimes, boolean unrecoverable, long sleepMs, int hops) {
    return new ProbeMessage(failTimes, unrecoverable, sleepMs, hops, null);
  }

  /** The next hop of the probe {@code id}. */
  ProbeMessage nextHopOf(String id) {
    return new ProbeMessage(0, false, 0, hops - 1, id);
  }
}
