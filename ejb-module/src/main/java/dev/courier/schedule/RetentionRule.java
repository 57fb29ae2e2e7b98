package dev.courier.schedule;

import java.time.Duration;
import java.util.List;

/**
 * One kind of row the cleanup removes once it is older than its retention: the table, its key and
 * time columns, and the tables holding rows that belong to it (by the same key), removed with it.
 *
 * @param retentionKey the configuration key of its retention (an ISO-8601 duration)
 */
public record RetentionRule(
    String kind,
    String retentionKey,
    Duration defaultRetention,
    String table,
    String keyColumn,
    String timeColumn,
    List<String> dependentTables) {

  /** Every kind, in the order the cleanup reports them. */
  public static final List<RetentionRule> ALL =
      List.of(
          new RetentionRule(
              "failed",
              "courier.failed.retention",
              Duration.ofDays(30),
              "failed_message",
              "message_id",
              "failed_at",
              List.of("message_error")),
          new RetentionRule(
              "audit",
              "courier.audit.retention",
              Duration.ofDays(365),
              "audit_entry",
              "id",
              "occurred_at",
              List.of()),
          new RetentionRule(
              "probes",
              "courier.probe.retention",
              Duration.ofDays(7),
              "probe",
              "id",
              "dispatched_at",
              List.of()),
          new RetentionRule(
              "pipeline-runs",
              "courier.pipeline.retention",
              Duration.ofDays(30),
              "pipeline_run",
              "run_id",
              "finished_at",
              List.of("pipeline_run_stage", "pipeline_held_message", "pipeline_run_event")),
          new RetentionRule(
              "inbox",
              "courier.inbox.retention",
              Duration.ofDays(30),
              "inbox",
              "message_id",
              "received_at",
              List.of()),
          new RetentionRule(
              "schedule-runs",
              "courier.schedule.runs.retention",
              Duration.ofDays(90),
              "schedule_run",
              "id",
              "fired_at",
              List.of()),
          new RetentionRule(
              "handling-minutes",
              "courier.benchmarks.minutes.retention",
              Duration.ofDays(35),
              "handling_minute",
              "id",
              "flushed_at",
              List.of()));
}
