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

/**
 * One stage of one run: its items (messages sent to it for this run) and how many of them are done
 * or failed, and how many attempts its handler made.
 */
@Entity
@Table(name = "pipeline_run_stage")
public class RunStage {

  static final int MAX_ERROR_LENGTH = 4000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "run_id", nullable = false, length = 36)
  private String runId;

  @Column(nullable = false)
  private String stage;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RunStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "items_done", nullable = false)
  private int itemsDone;

  @Column(name = "items_total", nullable = false)
  private int itemsTotal;

  @Column(name = "items_failed", nullable = false)
  private int itemsFailed;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  protected RunStage() {}

  RunStage(String runId, String stage, int position, int itemsTotal) {
    this.id = TimeOrderedIds.next();
    this.runId = runId;
    this.stage = stage;
    this.position = position;
    this.itemsTotal = itemsTotal;
    this.status = RunStatus.PENDING;
  }

  void moveTo(RunStatus next, Instant at) {
    if (startedAt == null) {
      startedAt = at;
    }
    status = next;
    finishedAt = next == RunStatus.DONE ? at : null;
  }

  void attempted(String error) {
    attempts++;
    if (error != null) {
      lastError = StackTraces.truncate(error, MAX_ERROR_LENGTH);
    }
  }

  void itemDone() {
    itemsDone++;
  }

  void itemFailed() {
    itemsFailed++;
  }

  void itemRedriven() {
    itemsFailed = Math.max(0, itemsFailed - 1);
  }

  void itemsAdded(int count) {
    itemsTotal += count;
  }

  /** Every item sent to it so far is done and none waits in the failure store. */
  boolean caughtUp() {
    return itemsDone >= itemsTotal && itemsFailed == 0;
  }

  public String runId() {
    return runId;
  }

  public String stage() {
    return stage;
  }

  public int position() {
    return position;
  }

  public RunStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public int itemsDone() {
    return itemsDone;
  }

  public int itemsTotal() {
    return itemsTotal;
  }

  public int itemsFailed() {
    return itemsFailed;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String lastError() {
    return lastError;
  }
}
