package dev.courier.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The recorded outcome of one probe, keyed by its message id. */
@Entity
@Table(name = "probe")
public class Probe {

  static final int MAX_ERROR_LENGTH = 1000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false)
  private String transport;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProbeStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(nullable = false)
  private int duplicates;

  @Column(name = "dispatched_at", nullable = false)
  private Instant dispatchedAt;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  protected Probe() {}

  public Probe(String id, String transport, Instant dispatchedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.dispatchedAt = Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    this.status = ProbeStatus.PENDING;
  }

  /** Counts one more delivery to the handler; returns the count so far. */
  int attempt() {
    return ++attempts;
  }

  /** Counts a delivery that came after the probe was handled. */
  void duplicate() {
    duplicates++;
  }

  void failed(String error) {
    lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
  }

  void handled(Instant at) {
    status = ProbeStatus.HANDLED;
    handledAt = at;
  }

  public String id() {
    return id;
  }

  public String transport() {
    return transport;
  }

  /** Handled, or not yet (the failure store tells whether Courier gave up on it). */
  public boolean handled() {
    return status == ProbeStatus.HANDLED;
  }

  public int attempts() {
    return attempts;
  }

  /** Deliveries after the probe was handled: at-least-once repeating itself. */
  public int duplicates() {
    return duplicates;
  }

  public Instant dispatchedAt() {
    return dispatchedAt;
  }

  public Optional<Instant> handledAt() {
    return Optional.ofNullable(handledAt);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  /** From first dispatch to successful handling. */
  public Optional<Long> latencyMs() {
    return handledAt().map(at -> at.toEpochMilli() - dispatchedAt.toEpochMilli());
  }
}
