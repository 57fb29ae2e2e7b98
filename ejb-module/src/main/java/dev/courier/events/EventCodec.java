package dev.courier.events;

import dev.courier.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An event's message body: the seeds' envelope {@code
 * {"event_id","event_type","timestamp","client_id","data"}}, the timestamp in ISO-8601 UTC. It is
 * what a group's queue holds, so a member of a group outside the JVM reads the same JSON the
 * services it replaces exchanged.
 */
public final class EventCodec {

  private EventCodec() {}

  public static String toJson(Event event) {
    JsonObjectBuilder json =
        Jsonp.createObjectBuilder()
            .add("event_id", event.eventId())
            .add("event_type", event.type())
            .add("timestamp", event.timestamp().toString());
    event
        .clientId()
        .ifPresentOrElse(id -> json.add("client_id", id), () -> json.addNull("client_id"));
    json.add("data", parse(event.data()));
    return json.build().toString();
  }

  /** Reads a body written by {@link #toJson}; says what is wrong otherwise. */
  public static Event fromJson(String body) throws MalformedEventException {
    JsonObject json;
    try {
      JsonValue value = parse(body);
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new MalformedEventException("the event is not a JSON object");
      }
      json = value.asJsonObject();
    } catch (JsonException e) {
      throw new MalformedEventException("the event is not JSON: " + e.getMessage());
    }
    Instant timestamp;
    try {
      timestamp = Instant.parse(text(json, "timestamp"));
    } catch (DateTimeParseException e) {
      throw new MalformedEventException("timestamp is not an ISO-8601 instant");
    }
    JsonValue data = json.get("data");
    return new Event(
        text(json, "event_id"),
        text(json, "event_type"),
        timestamp,
        json.get("client_id") instanceof JsonString id
            ? Optional.of(id.getString())
            : Optional.empty(),
        data == null ? "null" : data.toString());
  }

  private static String text(JsonObject json, String name) throws MalformedEventException {
    if (!(json.get(name) instanceof JsonString value) || value.getString().isBlank()) {
      throw new MalformedEventException(name + " is missing or not a text");
    }
    return value.getString();
  }

  private static JsonValue parse(String json) {
    try (var reader = Jsonp.createReader(new StringReader(json))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw new JsonException(e.getMessage(), e);
    }
  }

  /** An event body that is not the envelope above. */
  public static final class MalformedEventException extends Exception {
    public MalformedEventException(String message) {
      super(message);
    }
  }
}
