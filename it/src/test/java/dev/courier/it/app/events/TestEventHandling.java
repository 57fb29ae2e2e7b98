package dev.courier.it.app.events;

import dev.courier.events.Event;
import dev.courier.events.EventContext;
import dev.courier.events.EventPublisher;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * What both test groups' handlers do with an event's data: {@code {"failOnceIn":"<group>"}} fails
 * unrecoverably the first time that group sees the event; {@code {"chain":true}} publishes a {@code
 * test.chained} event in the handler's transaction; otherwise the event is recorded.
 */
@ApplicationScoped
public class TestEventHandling {

  @Inject HandledEvents handled;
  @Inject EventPublisher publisher;

  public void handle(Event event, EventContext context) {
    JsonObject data = object(event.data());
    if (context.group().equals(data.getString("failOnceIn", ""))
        && handled.firstFailure(context.group(), event.eventId())) {
      throw new UnrecoverableMessageException("failing once in " + context.group() + " on request");
    }
    if (data.getBoolean("chain", false)) {
      publisher.publish(
          "test.chained",
          Json.createObjectBuilder().add("from", event.eventId()).build().toString(),
          Optional.of(context.group()),
          Optional.empty());
    }
    handled.record(context.group(), event.eventId());
  }

  private static JsonObject object(String json) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }
}
