package dev.courier.web.failed;

import dev.courier.failure.FailedMessage;
import dev.courier.failure.FailureStore;
import dev.courier.failure.MessageError;
import dev.courier.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the failure store's answers. */
final class FailedMessageJson {

  private FailedMessageJson() {}

  static JsonArray summaries(List<FailedMessage> items) {
    JsonArrayBuilder list = Jsonp.createArrayBuilder();
    items.forEach(item -> list.add(summary(item)));
    return list.build();
  }

  private static JsonObjectBuilder summary(FailedMessage f) {
    return Jsonp.createObjectBuilder()
        .add("id", f.id())
        .add("messageId", f.messageId())
        .add("type", f.type())
        .add("transport", f.transport())
        .add("attempts", f.attempts())
        .add("errorClass", f.errorClass())
        .add("errorMessage", f.errorMessage())
        .add("failedAt", f.failedAt().toString())
        .add("fingerprint", f.fingerprint());
  }

  static JsonObject detail(FailedMessage f, List<MessageError> errors) {
    JsonArrayBuilder history = Jsonp.createArrayBuilder();
    errors.forEach(
        e ->
            history.add(
                Jsonp.createObjectBuilder()
                    .add("attempt", e.attempt())
                    .add("at", e.occurredAt().toString())
                    .add("errorClass", e.errorClass())
                    .add("message", e.message())
                    .add("stackTrace", e.stackTrace())));
    return summary(f)
        .add("firstFailedAt", f.firstFailedAt().toString())
        .add("payload", f.payload())
        .add("properties", Jsonp.createReader(new StringReader(f.properties())).readObject())
        .add("stackTrace", f.stackTrace())
        .add("errors", history)
        .build();
  }

  static JsonObject stats(FailureStore.Stats stats) {
    return Jsonp.createObjectBuilder()
        .add("total", stats.total())
        .add("byType", counts(stats.byType()))
        .add("byTransport", counts(stats.byTransport()))
        .add("byErrorClass", counts(stats.byErrorClass()))
        .build();
  }

  private static JsonObjectBuilder counts(Map<String, Long> counts) {
    JsonObjectBuilder json = Jsonp.createObjectBuilder();
    counts.forEach(json::add);
    return json;
  }

  static JsonArray groups(List<FailureStore.Group> groups) {
    JsonArrayBuilder list = Jsonp.createArrayBuilder();
    groups.forEach(
        g ->
            list.add(
                Jsonp.createObjectBuilder()
                    .add("fingerprint", g.fingerprint())
                    .add("type", g.type())
                    .add("errorClass", g.errorClass())
                    .add("count", g.count())
                    .add("firstAt", g.firstAt().toString())
                    .add("lastAt", g.lastAt().toString())
                    .add("sampleId", g.sampleId())));
    return list.build();
  }
}
