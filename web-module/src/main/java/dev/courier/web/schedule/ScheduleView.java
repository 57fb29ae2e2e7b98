package dev.courier.web.schedule;

import dev.courier.schedule.ScheduleDefinition;
import dev.courier.schedule.Scheduler;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * A schedule: its expression, switch (configuration), pause (operator), next slot (null when
 * disabled or paused) and what it dispatches.
 */
@JsonbNillable
public record ScheduleView(
    String name,
    String expression,
    boolean enabled,
    boolean paused,
    Instant nextRun,
    String messageType,
    String transport) {

  static ScheduleView of(Scheduler.ScheduleState state) {
    ScheduleDefinition schedule = state.definition();
    return new ScheduleView(
        schedule.name(),
        schedule.expression().text(),
        schedule.enabled(),
        state.paused(),
        state.nextRun().orElse(null),
        schedule.messageType(),
        schedule.transport());
  }
}
