package dev.courier.schedule;

import java.util.Objects;

/**
 * A schedule: when it fires ({@link CalendarExpression}), whether it is on, and the message its
 * timer dispatches — the timer never does the work itself, so the work gets retries, the failure
 * store and stats like any message.
 */
public record ScheduleDefinition(
    String name,
    CalendarExpression expression,
    boolean enabled,
    String messageType,
    String transport) {

  public ScheduleDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(messageType, "messageType");
    Objects.requireNonNull(transport, "transport");
  }
}
