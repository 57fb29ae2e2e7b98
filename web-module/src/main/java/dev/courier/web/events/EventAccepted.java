package dev.courier.web.events;

/** A published event: its id and the stream it went to. */
public record EventAccepted(String eventId, String stream) {}
