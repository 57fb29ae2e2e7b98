package dev.courier.pipeline;

import dev.courier.failure.StackTraces;
import dev.courier.id.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One transition of a run or of one of its stages, numbered in the order they happened. */
@Entity
@Table(name = "pipeline_run_event")
public class RunEvent {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "run_id", nullable = false, length = 36)
  private String runId;

  @Column(nullable = false)
  private int seq;

  /** Null for a transition of the run itself. */
  @Column private String stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RunStatus status;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(length = RunStage.MAX_ERROR_LENGTH)
  private String error;

  protected RunEvent() {}

  RunEvent(String runId, int seq, String stage, RunStatus status, Instant at, String error) {
    this.id = TimeOrderedIds.next();
    this.runId = runId;
    this.seq = seq;
    this.stage = stage;
    this.status = status;
    this.occurredAt = at;
    this.error = error == null ? null : StackTraces.truncate(error, RunStage.MAX_ERROR_LENGTH);
  }

  public int seq() {
    return seq;
  }

  /** The stage that moved; empty when the run itself did. */
  public java.util.Optional<String> stage() {
    return java.util.Optional.ofNullable(stage);
  }

  public RunStatus status() {
    return status;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String error() {
    return error;
  }
}
