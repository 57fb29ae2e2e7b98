package dev.courier.events;

/**
 * Where an event handler is called: the group it handles the event for, the stream it came from,
 * and the attempt (0 on first delivery, +1 per retry of this group's delivery).
 */
public record EventContext(String group, String stream, int attempt) {}
