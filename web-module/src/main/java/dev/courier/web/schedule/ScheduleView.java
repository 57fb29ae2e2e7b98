package dev.courier.web.schedule;

import dev.courier.schedule.ScheduleDefinition;
import dev.courier.schedule.Scheduler;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** A schedule: its expression, switch, next slot (null when disabled) and what it dispatches. */
@JsonbNillable
public record ScheduleView(
    String name,
    String expression,
    boolean enabled,
    Instant nextRun,
    String messageType,
    String transport) {

  static ScheduleView of(Scheduler.ScheduleState state) {
    ScheduleDefinition schedule = state.definition();
    return new ScheduleView(
        schedule.name(),
        schedule.expression().text(),
        schedule.enabled(),
        state.nextRun().orElse(null),
        schedule.messageType(),
        schedule.transport());
  }
}
