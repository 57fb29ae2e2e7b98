package dev.courier.events;

import dev.courier.handler.RecoverableMessageException;
import dev.courier.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * The probe event's handler in the built-in groups {@code probe-a} and {@code probe-b}: fails or
 * sleeps as the event's data asks — {@code {"failTimes":N,"sleepMs":M,"groups":["probe-a"]}}, the
 * groups naming who obeys (all when absent) — and records the attempt that handled it.
 */
@ApplicationScoped
@Subscribe(
    groups = {"probe-a", "probe-b"},
    types = EventStreams.PROBE_TYPE)
public class ProbeEventHandler implements EventHandler {

  @Inject EventProbes probes;

  @Override
  public void handle(Event event, EventContext context) throws InterruptedException {
    JsonObject data = object(event.data());
    if (obeys(data, context.group())) {
      int failTimes = number(data, "failTimes");
      if (context.attempt() < failTimes) {
        throw new RecoverableMessageException(
            "probe event failed on request: attempt "
                + (context.attempt() + 1)
                + " of "
                + failTimes);
      }
      int sleepMs = number(data, "sleepMs");
      if (sleepMs > 0) {
        Thread.sleep(sleepMs);
      }
    }
    probes.recordHandled(event.eventId(), context.group(), context.attempt() + 1);
  }

  private static JsonObject object(String json) {
    try (var reader = Jsonp.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static boolean obeys(JsonObject data, String group) {
    if (!(data.get("groups") instanceof JsonArray groups)) {
      return true;
    }
    return groups.stream().anyMatch(g -> g instanceof JsonString s && s.getString().equals(group));
  }

  private static int number(JsonObject data, String name) {
    return data.get(name) instanceof JsonNumber n ? Math.max(0, n.intValue()) : 0;
  }
}
