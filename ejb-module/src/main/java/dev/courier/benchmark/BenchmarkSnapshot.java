package dev.courier.benchmark;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The figures of every message type and transport over one period, as calculated at one time. */
@Entity
@Table(name = "benchmark_snapshot")
public class BenchmarkSnapshot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "calculated_at", nullable = false)
  private Instant calculatedAt;

  @Column(name = "period_from", nullable = false)
  private Instant from;

  @Column(name = "period_to", nullable = false)
  private Instant to;

  @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @JoinColumn(name = "snapshot_id", nullable = false)
  @OrderBy("type, transport")
  private List<BenchmarkFigure> figures = new ArrayList<>();

  protected BenchmarkSnapshot() {}

  BenchmarkSnapshot(Instant from, Instant to, List<BenchmarkFigure> figures) {
    this.calculatedAt = Instant.now();
    this.from = from;
    this.to = to;
    this.figures = new ArrayList<>(figures);
  }

  public long id() {
    return id;
  }

  public Instant calculatedAt() {
    return calculatedAt;
  }

  public Instant from() {
    return from;
  }

  public Instant to() {
    return to;
  }

  public List<BenchmarkFigure> figures() {
    return List.copyOf(figures);
  }
}
