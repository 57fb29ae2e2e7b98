package dev.courier.web.dispatch;

/** A dispatched message: the broker has it. */
public record DispatchAccepted(String id, String type, String transport) {}
