package dev.courier.web.schedule;

import dev.courier.schedule.ScheduleRun;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * One run of a schedule: its slot (null for a run-now), kind ({@code scheduled}, {@code caught-up},
 * {@code run-now}), when and on which node ({@code jboss.node.name}) it fired, the message it
 * dispatched (null when skipped), its status ({@code dispatched}, {@code handled}, {@code failed},
 * {@code skipped-overlap}), when its message ended and how long after the firing, and what its
 * handler reported.
 */
@JsonbNillable
public record RunView(
    String id,
    Instant slot,
    String kind,
    Instant firedAt,
    String node,
    String messageId,
    String status,
    Instant finishedAt,
    Long durationMs,
    String detail) {

  static RunView of(ScheduleRun run) {
    return new RunView(
        run.id(),
        run.slot().orElse(null),
        run.kind().label(),
        run.firedAt(),
        run.node(),
        run.messageId().orElse(null),
        run.status().label(),
        run.finishedAt().orElse(null),
        run.durationMs().orElse(null),
        run.detail().orElse(null));
  }
}
