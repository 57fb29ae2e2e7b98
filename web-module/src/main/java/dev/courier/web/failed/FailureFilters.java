package dev.courier.web.failed;

import dev.courier.dispatch.Rejection;
import dev.courier.failure.FailureFilter;
import dev.courier.transport.TransportRegistry;
import dev.courier.web.json.Ids;
import dev.courier.web.json.Texts;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.paging.Paging;
import dev.courier.web.problem.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a failure filter from query parameters or a JSON body, rejecting unknown fields, unknown
 * transports, dates that are not ISO-8601 instants and ids that are not UUIDs.
 */
final class FailureFilters {

  static final List<String> FILTER_FIELDS =
      List.of(
          "messageId",
          "transport",
          "type",
          "errorClass",
          "fingerprint",
          "failedAfter",
          "failedBefore");

  private final TransportRegistry transports;
  private final RequestLimits limits;
  private final List<Rejection> errors = new ArrayList<>();

  FailureFilters(TransportRegistry transports, RequestLimits limits) {
    this.transports = transports;
    this.limits = limits;
  }

  FailureFilter fromQuery(MultivaluedMap<String, String> query, List<String> alsoAllowed) {
    query.keySet().stream()
        .filter(name -> !FILTER_FIELDS.contains(name) && !alsoAllowed.contains(name))
        .sorted()
        .forEach(name -> reject(name, "is not a known parameter"));
    return build(
        name -> checked(name, Optional.ofNullable(query.getFirst(name)).filter(v -> !v.isEmpty())),
        Optional.empty());
  }

  FailureFilter fromJson(JsonObject body, List<String> alsoAllowed) {
    body.keySet().stream()
        .filter(
            name ->
                !FILTER_FIELDS.contains(name) && !"ids".equals(name) && !alsoAllowed.contains(name))
        .sorted()
        .forEach(name -> reject(name, "is not a known field"));
    return build(name -> text(body, name), ids(body));
  }

  /** Throws the problem if anything was wrong so far. */
  void check() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  void reject(String field, String message) {
    errors.add(new Rejection(Rejection.Kind.INVALID_REQUEST, field, message));
  }

  Paging paging(MultivaluedMap<String, String> query) {
    return Paging.read(query, limits, errors);
  }

  private FailureFilter build(
      Function<String, Optional<String>> field, Optional<List<String>> ids) {
    Optional<String> transport = field.apply("transport");
    transport
        .filter(name -> transports.find(name).isEmpty())
        .ifPresent(
            name ->
                reject(
                    "transport",
                    "unknown transport '" + name + "'; known transports: " + transports.names()));
    return new FailureFilter(
        field.apply("messageId"),
        transport,
        field.apply("type"),
        field.apply("errorClass"),
        field.apply("fingerprint"),
        instant(field, "failedAfter"),
        instant(field, "failedBefore"),
        ids);
  }

  private Optional<Instant> instant(Function<String, Optional<String>> field, String name) {
    Optional<String> value = field.apply(name);
    try {
      return value.map(Instant::parse);
    } catch (DateTimeParseException e) {
      reject(name, "must be an ISO-8601 instant such as 2026-11-24T06:00:00Z");
      return Optional.empty();
    }
  }

  private Optional<String> text(JsonObject body, String name) {
    JsonValue value = body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (value instanceof JsonString string) {
      return checked(name, Optional.of(string.getString()));
    }
    reject(name, "must be a string");
    return Optional.empty();
  }

  private Optional<String> checked(String name, Optional<String> value) {
    if (value.filter(v -> v.length() > limits.textLength()).isPresent()) {
      reject(name, "must be at most " + limits.textLength() + " characters long");
      return Optional.empty();
    }
    if (value.filter(Texts::hasControlCharacters).isPresent()) {
      reject(name, "must not contain control characters");
      return Optional.empty();
    }
    return value;
  }

  private Optional<List<String>> ids(JsonObject body) {
    JsonValue value = body.get("ids");
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonArray array)) {
      reject("ids", "must be an array of failure record ids");
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString id && Ids.isUuid(id.getString())) {
        ids.add(id.getString());
      } else {
        reject("ids[" + i + "]", "must be a failure record id (a UUID)");
      }
    }
    return Optional.of(ids);
  }
}
