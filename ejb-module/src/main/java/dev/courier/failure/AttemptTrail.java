package dev.courier.failure;

import dev.courier.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors of a message's earlier attempts, carried by its retries in the message property
 * {@value dev.courier.envelope.EnvelopeProperties#ERRORS} (a JSON array) instead of being written
 * to the database on every retry: the database sees them only when the message reaches the failure
 * store. The newest {@value #KEPT} attempts are kept, each error message cut at {@value
 * #MESSAGE_CHARS} characters and its stack trace at {@value #TRACE_CHARS}.
 */
public final class AttemptTrail {

  static final int KEPT = 10;
  static final int MESSAGE_CHARS = 1_000;
  static final int TRACE_CHARS = 4_000;

  private AttemptTrail() {}

  /** The trail {@code carried} (the property's value, null when absent) with one error more. */
  public static String with(Object carried, String messageId, int attempt, Throwable failure) {
    List<MessageError> errors = new ArrayList<>(read(messageId, carried));
    errors.add(MessageError.of(messageId, attempt, failure));
    JsonArrayBuilder json = Jsonp.createArrayBuilder();
    for (MessageError error : errors.subList(Math.max(0, errors.size() - KEPT), errors.size())) {
      json.add(
          Jsonp.createObjectBuilder()
              .add("attempt", error.attempt())
              .add("at", error.occurredAt().toEpochMilli())
              .add("class", error.errorClass())
              .add("message", cut(error.message(), MESSAGE_CHARS))
              .add("trace", cut(error.stackTrace(), TRACE_CHARS)));
    }
    return json.build().toString();
  }

  /**
   * The errors a trail holds, oldest first; none when it is absent or not a trail (a client may set
   * any property: a broken one is ignored, not a reason to lose the message).
   */
  public static List<MessageError> read(String messageId, Object carried) {
    if (!(carried instanceof String text)) {
      return List.of();
    }
    try {
      JsonArray entries = Jsonp.createReader(new StringReader(text)).readArray();
      List<MessageError> errors = new ArrayList<>(entries.size());
      for (JsonObject entry : entries.getValuesAs(JsonObject.class)) {
        errors.add(
            new MessageError(
                messageId,
                entry.getInt("attempt"),
                Instant.ofEpochMilli(entry.getJsonNumber("at").longValue()),
                entry.getString("class"),
                entry.getString("message", ""),
                entry.getString("trace", "")));
      }
      return errors;
    } catch (JsonException | ClassCastException | NullPointerException e) {
      return List.of();
    }
  }

  private static String cut(String text, int chars) {
    return text.length() <= chars ? text : text.substring(0, chars);
  }
}
