package dev.courier.web.events;

import jakarta.validation.constraints.Min;

/** The query of {@code GET /events}: every field may be left out. */
public record EventFilter(String stream, String type, String clientId, @Min(0) Long after) {}
