package dev.courier.stats;

import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one message type on one transport (or on all of them) at one moment.
 *
 * @param failed messages given up on (stored in the failure store)
 * @param retried failed attempts followed by another one
 */
public record HandlerSnapshot(
    String type,
    String transport,
    long handled,
    long failed,
    long retried,
    Map<Deferral, Long> deferred,
    LatencySnapshot sinceStart,
    LatencySnapshot lastFiveMinutes) {

  /** Deferrals of every reason together. */
  public long deferredTotal() {
    return deferred.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * What happened between {@code earlier} (of the same type and transport) and this one; the
   * last-five-minutes window is left as it is.
   */
  public HandlerSnapshot minus(HandlerSnapshot earlier) {
    Map<Deferral, Long> deferrals = new EnumMap<>(deferred);
    earlier.deferred.forEach((reason, count) -> deferrals.merge(reason, -count, Long::sum));
    return new HandlerSnapshot(
        type,
        transport,
        handled - earlier.handled,
        failed - earlier.failed,
        retried - earlier.retried,
        deferrals,
        sinceStart.minus(earlier.sinceStart),
        lastFiveMinutes);
  }

  /** Whether anything at all is counted. */
  public boolean isEmpty() {
    return handled == 0 && failed == 0 && retried == 0 && deferredTotal() == 0;
  }

  /** The figures of both, as of one type on all transports ({@code transport} is null). */
  HandlerSnapshot plus(HandlerSnapshot other) {
    Map<Deferral, Long> deferrals = new EnumMap<>(deferred);
    other.deferred.forEach((reason, count) -> deferrals.merge(reason, count, Long::sum));
    return new HandlerSnapshot(
        type,
        null,
        handled + other.handled,
        failed + other.failed,
        retried + other.retried,
        deferrals,
        sinceStart.plus(other.sinceStart),
        lastFiveMinutes.plus(other.lastFiveMinutes));
  }
}
