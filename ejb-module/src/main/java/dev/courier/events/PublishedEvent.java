package dev.courier.events;

/** What {@link EventPublisher#publish} did: the event's id, its stream and its place in the log. */
public record PublishedEvent(String eventId, String stream, long seq) {}
