package dev.courier.reliability;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scheduler under the scenarios: the harness's server runs the built-in {@code cleanup}
 * schedule every two seconds on {@code high} (a run whose message is still out skips its slot; a
 * firing more than five seconds late counts as a catch-up). After a scenario, every run that sent a
 * message must see it handled or failed: a run left {@code dispatched} lost its message.
 */
final class ScheduleRunsCheck {

  static final String SCHEDULE = "cleanup";

  /** The server environment (MicroProfile Config's environment names) that sets this up. */
  static final Map<String, String> ENVIRONMENT =
      Map.of(
          "COURIER_SCHEDULE_CLEANUP_EXPRESSION", "*/2 * * * * *",
          "COURIER_SCHEDULE_CLEANUP_TRANSPORT", "high",
          "COURIER_SCHEDULE_LATE_AFTER", "PT5S");

  /** What the check found: the problems (lost run messages) and a note for the report. */
  record Result(List<String> problems, String note) {}

  private final CourierApi api;

  ScheduleRunsCheck(CourierApi api) {
    this.api = api;
  }

  /**
   * Waits until every run fired before {@code firedBefore} has its message handled or failed, at
   * most {@code timeout}; then reports those still out as lost.
   *
   * @param restartedAt runs fired after it are counted apart in the note
   */
  Result await(Instant restartedAt, Instant firedBefore, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<JsonObject> open = open(firedBefore);
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(2_000);
      open = open(firedBefore);
    }
    List<JsonObject> runs = api.scheduleRuns(SCHEDULE);
    long sent = runs.stream().filter(run -> !run.isNull("messageId")).count();
    long afterRestart = runs.stream().filter(run -> firedAt(run).isAfter(restartedAt)).count();
    long caughtUp = runs.stream().filter(run -> "caught-up".equals(run.getString("kind"))).count();
    long skipped =
        runs.stream().filter(run -> "skipped-overlap".equals(run.getString("status"))).count();
    String note =
        String.format(
            Locale.ROOT,
            "schedule %s every 2 s: %,d runs sent their message (%,d fired after the restart,"
                + " %,d of them caught up), %,d slots skipped as overlapping, %,d messages still out",
            SCHEDULE,
            sent,
            afterRestart,
            caughtUp,
            skipped,
            open.size());
    List<String> problems =
        open.stream()
            .map(
                run ->
                    "schedule run "
                        + run.getString("id")
                        + " (fired "
                        + run.getString("firedAt")
                        + ") never saw its message "
                        + run.getString("messageId")
                        + " handled or failed")
            .toList();
    return new Result(problems, note);
  }

  private List<JsonObject> open(Instant firedBefore) throws IOException, InterruptedException {
    return api.scheduleRuns(SCHEDULE).stream()
        .filter(run -> "dispatched".equals(run.getString("status")))
        .filter(run -> firedAt(run).isBefore(firedBefore))
        .toList();
  }

  private static Instant firedAt(JsonObject run) {
    return Instant.parse(run.getString("firedAt"));
  }
}
