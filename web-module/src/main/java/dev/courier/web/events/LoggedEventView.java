package dev.courier.web.events;

import dev.courier.events.Event;
import dev.courier.events.LoggedEvent;
import dev.courier.json.Jsonp;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.StringReader;
import java.time.Instant;

/** One logged event; {@code seq} is its place in the log ({@code after} and replay ranges). */
@JsonbNillable
public record LoggedEventView(
    long seq,
    String stream,
    String eventId,
    String type,
    Instant timestamp,
    String clientId,
    JsonValue data) {

  static LoggedEventView of(LoggedEvent logged) {
    Event event = logged.event();
    try (var reader = Jsonp.createReader(new StringReader(event.data()))) {
      return new LoggedEventView(
          logged.seq(),
          logged.stream(),
          event.eventId(),
          event.type(),
          event.timestamp(),
          event.clientId().orElse(null),
          reader.readValue());
    }
  }
}
