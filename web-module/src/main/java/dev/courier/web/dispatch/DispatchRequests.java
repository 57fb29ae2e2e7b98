package dev.courier.web.dispatch;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.DispatchRejectedException;
import dev.courier.dispatch.JsonMessage;
import dev.courier.dispatch.Rejection;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.json.JsonFields;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.problem.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads dispatch requests: {@code {"type","payload","transport"?,"delayMs"?,"idempotencyKey"?,
 * "correlationId"?}}, alone or in a batch.
 */
public final class DispatchRequests {

  static final List<String> FIELDS =
      List.of("type", "payload", "transport", "delayMs", "idempotencyKey", "correlationId");

  private DispatchRequests() {}

  public static JsonMessage one(JsonValue body, RequestLimits limits) {
    if (!(body instanceof JsonObject object)) {
      throw ProblemException.badRequest(
          "invalid-request", "Invalid request", "The request body must be a JSON object.");
    }
    List<Rejection> rejections = new ArrayList<>();
    JsonMessage message = read(object, rejections, limits);
    if (!rejections.isEmpty()) {
      throw new DispatchRejectedException(rejections);
    }
    return message;
  }

  public static List<JsonMessage> batch(JsonValue body, RequestLimits limits) {
    if (!(body instanceof JsonArray array)) {
      throw ProblemException.badRequest(
          "invalid-request",
          "Invalid request",
          "The request body must be a JSON array of messages.");
    }
    if (array.isEmpty() || array.size() > limits.batchSize()) {
      throw ProblemException.badRequest(
          "invalid-batch-size",
          "Invalid batch size",
          "A batch holds 1 to "
              + limits.batchSize()
              + " messages; this one holds "
              + array.size()
              + ".");
    }
    List<JsonMessage> messages = new ArrayList<>(array.size());
    List<Rejection> rejections = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      List<Rejection> own = new ArrayList<>();
      if (array.get(i) instanceof JsonObject object) {
        messages.add(read(object, own, limits));
      } else {
        own.add(new Rejection(Rejection.Kind.INVALID_REQUEST, "", "must be a JSON object"));
      }
      int index = i;
      own.forEach(r -> rejections.add(r.at(index)));
    }
    if (!rejections.isEmpty()) {
      throw new DispatchRejectedException(rejections);
    }
    return messages;
  }

  private static JsonMessage read(
      JsonObject object, List<Rejection> rejections, RequestLimits limits) {
    JsonFields fields = new JsonFields(object, FIELDS, rejections, limits.textLength());
    Optional<String> type = fields.requiredText("type");
    Optional<JsonObject> payload = fields.requiredObject("payload");
    if (payload.isPresent() && JsonBodies.size(payload.get()) > limits.payloadBytes()) {
      throw JsonBodies.tooLarge(
          "A message payload may hold at most " + limits.payloadBytes() + " bytes of JSON.");
    }
    Optional<String> transport = fields.text("transport");
    long delayMs = fields.wholeNumber("delayMs").orElse(0L);
    Optional<String> idempotencyKey = fields.text("idempotencyKey");
    Optional<String> correlationId = fields.text("correlationId");
    return new JsonMessage(
        type.orElse(""),
        payload.map(JsonObject::toString).orElse("{}"),
        new DispatchOptions(transport, delayMs, idempotencyKey, correlationId));
  }
}
