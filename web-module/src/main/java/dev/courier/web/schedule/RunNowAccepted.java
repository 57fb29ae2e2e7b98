package dev.courier.web.schedule;

/** A schedule run now: the message it dispatched. */
public record RunNowAccepted(String name, String messageId, String transport) {}
