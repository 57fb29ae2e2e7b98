package dev.courier.stats;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** What happened to the messages of one type on one transport since this node started. */
final class HandlerFigures {

  private final LongAdder handled = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder retried = new LongAdder();
  private final Map<Deferral, LongAdder> deferred = new EnumMap<>(Deferral.class);
  private final LatencyHistogram sinceStart = new LatencyHistogram();
  private final RecentLatency recent;

  HandlerFigures(LongSupplier clockMs) {
    recent = new RecentLatency(clockMs);
    for (Deferral reason : Deferral.values()) {
      deferred.put(reason, new LongAdder());
    }
  }

  void handled(long nanos) {
    handled.increment();
    sinceStart.record(nanos);
    recent.record(nanos);
  }

  /** A failed attempt: {@code retried} when another attempt follows, else the message is stored. */
  void failed(long nanos, boolean retried) {
    (retried ? this.retried : failed).increment();
    sinceStart.record(nanos);
    recent.record(nanos);
  }

  void deferred(Deferral reason) {
    deferred.get(reason).increment();
  }

  HandlerSnapshot snapshot(String type, String transport) {
    Map<Deferral, Long> deferrals = new EnumMap<>(Deferral.class);
    deferred.forEach((reason, count) -> deferrals.put(reason, count.sum()));
    return new HandlerSnapshot(
        type,
        transport,
        handled.sum(),
        failed.sum(),
        retried.sum(),
        deferrals,
        sinceStart.snapshot(),
        recent.snapshot());
  }
}
