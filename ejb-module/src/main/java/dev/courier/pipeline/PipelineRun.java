package dev.courier.pipeline;

import dev.courier.failure.StackTraces;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One run of a pipeline; its row is the lock that orders everything recorded about the run. */
@Entity
@Table(name = "pipeline_run")
public class PipelineRun {

  static final int MAX_SUMMARY_LENGTH = 500;

  @Id
  @Column(name = "run_id", length = 36)
  private String runId;

  @Column(nullable = false)
  private String pipeline;

  @Column(name = "input_summary", nullable = false, length = MAX_SUMMARY_LENGTH)
  private String inputSummary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RunStatus status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** How many transitions the run has gone through: the sequence number of its last event. */
  @Column(nullable = false)
  private int transitions;

  protected PipelineRun() {}

  PipelineRun(String runId, String pipeline, String inputSummary, Instant startedAt) {
    this.runId = Objects.requireNonNull(runId, "runId");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.inputSummary = StackTraces.truncate(inputSummary, MAX_SUMMARY_LENGTH);
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.status = RunStatus.PENDING;
  }

  /** Moves the run to {@code next}; returns the transition's sequence number. */
  int moveTo(RunStatus next, Instant at) {
    status = next;
    finishedAt = next.ended() ? at : null;
    return ++transitions;
  }

  /** Counts a stage's transition; returns its sequence number. */
  int count() {
    return ++transitions;
  }

  public String runId() {
    return runId;
  }

  public String pipeline() {
    return pipeline;
  }

  public String inputSummary() {
    return inputSummary;
  }

  public RunStatus status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int transitions() {
    return transitions;
  }
}
