package dev.courier.web.schedule;

import dev.courier.schedule.ScheduleDefinition;
import dev.courier.schedule.ScheduleRun;
import dev.courier.schedule.Scheduler;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * A schedule: its expression, switch (configuration), pause (operator), next slot (null when
 * disabled or paused), what it dispatches, and its latest run (when it fired, its status, and how
 * long it took until its message was handled or failed for good; null until it has).
 */
@JsonbNillable
public record ScheduleView(
    String name,
    String expression,
    boolean enabled,
    boolean paused,
    Instant nextRun,
    String messageType,
    String transport,
    Instant lastRun,
    String lastStatus,
    Long lastDurationMs) {

  static ScheduleView of(Scheduler.ScheduleState state) {
    ScheduleDefinition schedule = state.definition();
    return new ScheduleView(
        schedule.name(),
        schedule.expression().text(),
        schedule.enabled(),
        state.paused(),
        state.nextRun().orElse(null),
        schedule.messageType(),
        schedule.transport(),
        state.lastRun().map(ScheduleRun::firedAt).orElse(null),
        state.lastRun().map(run -> run.status().label()).orElse(null),
        state.lastRun().flatMap(ScheduleRun::durationMs).orElse(null));
  }
}
