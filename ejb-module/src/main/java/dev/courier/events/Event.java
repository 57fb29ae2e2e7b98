package dev.courier.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event as a group's handler receives it, and as it travels: the seeds' envelope {@code
 * {"event_id","event_type","timestamp","client_id","data"}} ({@link EventCodec}).
 *
 * @param data the event's data as JSON text (any JSON value)
 */
public record Event(
    String eventId, String type, Instant timestamp, Optional<String> clientId, String data) {

  public Event {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(data, "data");
  }
}
