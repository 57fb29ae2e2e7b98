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
