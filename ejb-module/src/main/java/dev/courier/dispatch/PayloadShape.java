package dev.courier.dispatch;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON payload against its message record before binding: every field must be a component
 * of the record, and text, number and boolean components must get a value of that JSON type. JSON-B
 * alone would quietly turn {@code 123} into {@code "123"} and drop unknown fields.
 */
final class PayloadShape {

  private static final Set<Class<?>> NUMBERS =
      Set.of(
          int.class,
          long.class,
          short.class,
          byte.class,
          double.class,
          float.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          Double.class,
          Float.class,
          java.math.BigDecimal.class,
          java.math.BigInteger.class);

  private PayloadShape() {}

  static List<Rejection> check(JsonObject payload, Class<?> record) {
    List<Rejection> rejections = new ArrayList<>();
    Map<String, Class<?>> components = new java.util.LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      components.put(component.getName(), component.getType());
    }
    for (Map.Entry<String, JsonValue> field : payload.entrySet()) {
      Class<?> type = components.get(field.getKey());
      String name = "payload." + field.getKey();
      if (type == null) {
        rejections.add(
            invalid(
                name, "is not a field of this message type; its fields: " + components.keySet()));
      } else if (!fits(field.getValue(), type)) {
        rejections.add(invalid(name, "must be " + describe(type)));
      }
    }
    return rejections;
  }

  private static boolean fits(JsonValue value, Class<?> type) {
    if (value == JsonValue.NULL) {
      return !type.isPrimitive();
    }
    if (type == String.class) {
      return value instanceof JsonString;
    }
    if (NUMBERS.contains(type)) {
      return value instanceof JsonNumber;
    }
    if (type == boolean.class || type == Boolean.class) {
      return value == JsonValue.TRUE || value == JsonValue.FALSE;
    }
    return true;
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (NUMBERS.contains(type)) {
      return "a number";
    }
    return "true or false";
  }

  private static Rejection invalid(String field, String message) {
    return new Rejection(Rejection.Kind.INVALID_PAYLOAD, field, message);
  }
}
