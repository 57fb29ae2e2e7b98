package dev.courier.web.json;

import dev.courier.dispatch.Rejection;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed fields of a JSON request object, recording a rejection for each field that is
 * missing, of the wrong JSON type or not known at all, so one answer lists every mistake.
 */
public final class JsonFields {

  private final JsonObject object;
  private final List<Rejection> rejections;
  private final int maxTextLength;

  /**
   * @param maxTextLength the longest text field accepted; text fields are names and keys, so
   *     control characters are refused too
   */
  public JsonFields(
      JsonObject object, List<String> allowed, List<Rejection> rejections, int maxTextLength) {
    this.object = object;
    this.rejections = rejections;
    this.maxTextLength = maxTextLength;
    object.keySet().stream()
        .filter(name -> !allowed.contains(name))
        .sorted()
        .forEach(name -> reject(name, "is not a known field; known fields: " + allowed));
  }

  public Optional<String> text(String name) {
    JsonValue value = present(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof JsonString string)) {
      reject(name, "must be a string");
      return Optional.empty();
    }
    String text = string.getString();
    if (text.length() > maxTextLength) {
      reject(name, "must be at most " + maxTextLength + " characters long");
      return Optional.empty();
    }
    if (Texts.hasControlCharacters(text)) {
      reject(name, "must not contain control characters");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  public Optional<String> requiredText(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty() && present(name) == null) {
      reject(name, "is required");
    } else if (text.filter(String::isBlank).isPresent()) {
      reject(name, "must not be blank");
      return Optional.empty();
    }
    return text;
  }

  public Optional<Long> wholeNumber(String name) {
    JsonValue value = present(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return Optional.of(number.longValueExact());
      } catch (ArithmeticException e) {
        reject(name, "is out of range");
        return Optional.empty();
      }
    }
    reject(name, "must be a whole number");
    return Optional.empty();
  }

  public Optional<Boolean> bool(String name) {
    JsonValue value = present(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return Optional.of(value == JsonValue.TRUE);
    }
    reject(name, "must be true or false");
    return Optional.empty();
  }

  public Optional<JsonObject> requiredObject(String name) {
    JsonValue value = present(name);
    if (value == null) {
      reject(name, "is required");
      return Optional.empty();
    }
    if (value instanceof JsonObject nested) {
      return Optional.of(nested);
    }
    reject(name, "must be a JSON object");
    return Optional.empty();
  }

  /** The value, or null when the field is absent or JSON null. */
  private JsonValue present(String name) {
    JsonValue value = object.get(name);
    return value == null || value == JsonValue.NULL ? null : value;
  }

  private void reject(String field, String message) {
    rejections.add(new Rejection(Rejection.Kind.INVALID_REQUEST, field, message));
  }
}
