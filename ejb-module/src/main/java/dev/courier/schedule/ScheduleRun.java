package dev.courier.schedule;

import dev.courier.build.NodeName;
import dev.courier.id.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One run of a schedule: why, when and on which node it fired, the message it dispatched and how
 * that ended. Its duration runs from the firing to the end of the message's last attempt.
 */
@Entity
@Table(name = "schedule_run")
public class ScheduleRun {

  static final int MAX_DETAIL = 2000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 100)
  private String schedule;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RunKind kind;

  private Instant slot;

  @Column(name = "fired_at", nullable = false)
  private Instant firedAt;

  @Column(nullable = false, length = 200)
  private String node;

  @Column(name = "message_id", length = 36)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RunStatus status;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "duration_ms")
  private Long durationMs;

  @Column(length = MAX_DETAIL)
  private String detail;

  protected ScheduleRun() {}

  ScheduleRun(String schedule, RunKind kind, Instant slot, RunStatus status) {
    this.id = TimeOrderedIds.next();
    this.schedule = schedule;
    this.kind = kind;
    this.slot = slot;
    this.firedAt = Instant.now();
    this.node = NodeName.of();
    this.status = status;
  }

  void dispatched(String messageId) {
    this.messageId = messageId;
  }

  void finished(RunStatus outcome) {
    status = outcome;
    finishedAt = Instant.now();
    durationMs = Duration.between(firedAt, finishedAt).toMillis();
  }

  void detail(String text) {
    detail = text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) : text;
  }

  public String id() {
    return id;
  }

  public String schedule() {
    return schedule;
  }

  public RunKind kind() {
    return kind;
  }

  /** The slot it ran for; empty for a run-now. */
  public Optional<Instant> slot() {
    return Optional.ofNullable(slot);
  }

  public Instant firedAt() {
    return firedAt;
  }

  /** The server whose timer fired ({@code jboss.node.name}). */
  public String node() {
    return node;
  }

  public Optional<String> messageId() {
    return Optional.ofNullable(messageId);
  }

  public RunStatus status() {
    return status;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<Long> durationMs() {
    return Optional.ofNullable(durationMs);
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
