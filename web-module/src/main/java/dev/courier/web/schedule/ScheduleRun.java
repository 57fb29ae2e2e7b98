package dev.courier.web.schedule;

/** A schedule run now: the message it dispatched. */
public record ScheduleRun(String name, String messageId, String transport) {}
