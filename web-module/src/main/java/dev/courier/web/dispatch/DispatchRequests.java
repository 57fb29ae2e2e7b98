package dev.courier.web.dispatch;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.DispatchRejectedException;
import dev.courier.dispatch.JsonMessage;
import dev.courier.dispatch.Rejection;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.json.RequestFields;
import dev.courier.web.json.RequestReader;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads dispatch requests ({@link DispatchRequest}), alone or in a batch. */
@ApplicationScoped
public class DispatchRequests {

  @Inject RequestReader reader;
  @Inject RequestLimits limits;

  /** For CDI. */
  protected DispatchRequests() {}

  /** Requests read outside the container (unit tests). */
  DispatchRequests(RequestReader reader, RequestLimits limits) {
    this.reader = reader;
    this.limits = limits;
  }

  public JsonMessage one(JsonValue body) {
    if (!(body instanceof JsonObject object)) {
      throw ProblemException.badRequest(
          "invalid-request", "Invalid request", "The request body must be a JSON object.");
    }
    List<Rejection> rejections = new ArrayList<>();
    JsonMessage message = read(object, rejections);
    if (!rejections.isEmpty()) {
      throw new DispatchRejectedException(rejections);
    }
    return message;
  }

  public List<JsonMessage> batch(JsonValue body) {
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
        messages.add(read(object, own));
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

  private JsonMessage read(JsonObject object, List<Rejection> rejections) {
    RequestFields fields = RequestFields.of(object);
    reader.rejectUnknown(fields, rejections, DispatchRequest.class);
    DispatchRequest request = reader.read(fields, DispatchRequest.class, rejections);
    JsonObject payload =
        request.payload() == null ? JsonValue.EMPTY_JSON_OBJECT : request.payload();
    String payloadJson = payload.toString();
    if (payloadJson.length() > limits.payloadBytes()
        || payloadJson.getBytes(StandardCharsets.UTF_8).length > limits.payloadBytes()) {
      throw JsonBodies.tooLarge(
          "A message payload may hold at most " + limits.payloadBytes() + " bytes of JSON.");
    }
    return new JsonMessage(
        request.type() == null ? "" : request.type(),
        payload,
        payloadJson,
        new DispatchOptions(
            Optional.ofNullable(request.transport()),
            request.delayMs() == null ? 0 : request.delayMs(),
            Optional.ofNullable(request.idempotencyKey()),
            Optional.ofNullable(request.correlationId()),
            Optional.empty(),
            request.ttlMs() == null ? 0 : request.ttlMs()));
  }
}
