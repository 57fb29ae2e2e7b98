package dev.courier.web.benchmark;

import dev.courier.benchmark.BenchmarkFigure;
import dev.courier.benchmark.BenchmarkSnapshot;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** A benchmark snapshot: its period, when it was calculated, and its figures. */
public record BenchmarkView(
    long id, Instant calculatedAt, Instant from, Instant to, List<Figure> figures) {

  /**
   * One message type on one transport over the period; the percentiles of its handling time (ms)
   * are null when nothing was timed.
   */
  @JsonbNillable
  public record Figure(
      String type,
      String transport,
      long handled,
      long failed,
      long retried,
      long deferred,
      Double p50Ms,
      Double p95Ms,
      Double p99Ms,
      long peakHandledPerMinute) {

    static Figure of(BenchmarkFigure figure) {
      return new Figure(
          figure.type(),
          figure.transport(),
          figure.counts().handled(),
          figure.counts().failed(),
          figure.counts().retried(),
          figure.counts().deferred(),
          figure.p50Ms().orElse(null),
          figure.p95Ms().orElse(null),
          figure.p99Ms().orElse(null),
          figure.peakPerMinute());
    }
  }

  /** The snapshot with the figures {@code shown} keeps. */
  static BenchmarkView of(BenchmarkSnapshot snapshot, Predicate<BenchmarkFigure> shown) {
    return new BenchmarkView(
        snapshot.id(),
        snapshot.calculatedAt(),
        snapshot.from(),
        snapshot.to(),
        snapshot.figures().stream().filter(shown).map(Figure::of).toList());
  }
}
