package dev.courier.benchmark;

import dev.courier.id.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * One message type on one transport over a snapshot's period: messages handled, failed for good,
 * attempts retried and deliveries deferred, the handling time's percentiles (ms, estimated within
 * the stats' latency buckets; empty when nothing was timed) and the most handled in one minute.
 */
@Entity
@Table(name = "benchmark_figure")
public class BenchmarkFigure {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "message_type", nullable = false, length = 200)
  private String type;

  @Column(nullable = false, length = 100)
  private String transport;

  @Embedded private HandlingCounts counts;

  @Column(name = "p50_ms")
  private Double p50Ms;

  @Column(name = "p95_ms")
  private Double p95Ms;

  @Column(name = "p99_ms")
  private Double p99Ms;

  @Column(name = "peak_per_minute", nullable = false)
  private long peakPerMinute;

  protected BenchmarkFigure() {}

  BenchmarkFigure(
      String type,
      String transport,
      HandlingCounts counts,
      Optional<Double> p50Ms,
      Optional<Double> p95Ms,
      Optional<Double> p99Ms,
      long peakPerMinute) {
    this.id = TimeOrderedIds.next();
    this.type = type;
    this.transport = transport;
    this.counts = counts;
    this.p50Ms = p50Ms.orElse(null);
    this.p95Ms = p95Ms.orElse(null);
    this.p99Ms = p99Ms.orElse(null);
    this.peakPerMinute = peakPerMinute;
  }

  public String type() {
    return type;
  }

  public String transport() {
    return transport;
  }

  public HandlingCounts counts() {
    return counts;
  }

  public Optional<Double> p50Ms() {
    return Optional.ofNullable(p50Ms);
  }

  public Optional<Double> p95Ms() {
    return Optional.ofNullable(p95Ms);
  }

  public Optional<Double> p99Ms() {
    return Optional.ofNullable(p99Ms);
  }

  public long peakPerMinute() {
    return peakPerMinute;
  }
}
