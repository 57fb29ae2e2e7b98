package dev.courier.web.json;

import dev.courier.dispatch.RecordValidation;
import dev.courier.dispatch.Rejection;
import dev.courier.web.limits.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a request into its record, once: each field must be a component of the record and of its
 * component's JSON type; text must stay within the text-length limit and hold no control characters
 * (text here names things: types, transports, keys). Then the record's Bean Validation constraints
 * are checked. Every mistake becomes a {@link Rejection} naming its field, so one answer lists them
 * all.
 *
 * <p>Components may be {@code String}, {@code Long}, {@code Integer}, {@code Boolean}, {@code
 * Instant} (ISO-8601), {@code JsonObject} or {@code List<String>}; an absent field or JSON null
 * leaves the component null, so components are never primitive.
 */
@ApplicationScoped
public class RequestReader {

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  @Inject RequestLimits limits;
  @Inject RecordValidation validation;

  /** For CDI. */
  protected RequestReader() {}

  /** A reader outside the container (unit tests). */
  public RequestReader(RequestLimits limits, RecordValidation validation) {
    this.limits = limits;
    this.validation = validation;
  }

  /** Refuses every field that is a component of none of the records a request is read into. */
  public void rejectUnknown(RequestFields fields, List<Rejection> out, Class<?>... records) {
    Set<String> known = new TreeSet<>();
    Arrays.stream(records).forEach(record -> known.addAll(SHAPES.get(record).names()));
    String kind = fields.textual() ? "parameter" : "field";
    new TreeSet<>(fields.values().keySet())
        .stream()
            .filter(name -> !known.contains(name))
            .forEach(
                name ->
                    out.add(
                        invalid(
                            name, "is not a known " + kind + "; known " + kind + "s: " + known)));
  }

  /**
   * Reads the record's components from the fields and validates it; adds a rejection for each
   * mistake. Fields that are not components are left to {@link #rejectUnknown}.
   */
  public <R extends Record> R read(RequestFields fields, Class<R> type, List<Rejection> out) {
    Shape shape = SHAPES.get(type);
    List<Rejection> found = new ArrayList<>();
    Object[] values = new Object[shape.components().length];
    for (int i = 0; i < values.length; i++) {
      RecordComponent component = shape.components()[i];
      values[i] = value(fields, component, found);
    }
    R record = type.cast(shape.create(values));
    Set<String> wrong = found.stream().map(Rejection::field).collect(Collectors.toSet());
    for (Rejection violation : validation.violations(record, Rejection.Kind.INVALID_REQUEST, "")) {
      if (!wrong.contains(component(violation.field()))) {
        found.add(violation);
      }
    }
    found.stream()
        .sorted(
            (a, b) -> shape.position(component(a.field())) - shape.position(component(b.field())))
        .forEach(out::add);
    return record;
  }

  private Object value(RequestFields fields, RecordComponent component, List<Rejection> out) {
    String name = component.getName();
    JsonValue value = fields.get(name);
    Class<?> type = component.getType();
    if (value == null) {
      return null;
    }
    try {
      if (type == String.class) {
        return text(name, value, out);
      }
      if (type == Long.class) {
        return whole(value, fields.textual()).longValueExact();
      }
      if (type == Integer.class) {
        return whole(value, fields.textual()).intValueExact();
      }
      if (type == Boolean.class) {
        return bool(value, fields.textual());
      }
      if (type == Instant.class) {
        return instant(value);
      }
      if (type == JsonObject.class) {
        return as(value, JsonObject.class, "must be a JSON object");
      }
      if (type == List.class && elementType(component) == String.class) {
        return texts(name, as(value, JsonArray.class, "must be an array of strings"), out);
      }
    } catch (WrongValue e) {
      out.add(invalid(name, e.getMessage()));
      return null;
    } catch (ArithmeticException e) {
      out.add(invalid(name, "is out of range"));
      return null;
    }
    throw new IllegalArgumentException(
        "a request record cannot hold " + component.getGenericType() + " (" + name + ")");
  }

  private String text(String field, JsonValue value, List<Rejection> out) {
    String text = as(value, JsonString.class, "must be a string").getString();
    if (text.length() > limits.textLength()) {
      out.add(invalid(field, "must be at most " + limits.textLength() + " characters long"));
      return null;
    }
    if (Texts.hasControlCharacters(text)) {
      out.add(invalid(field, "must not contain control characters"));
      return null;
    }
    return text;
  }

  private List<String> texts(String name, JsonArray array, List<Rejection> out) {
    List<String> texts = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String field = name + "[" + i + "]";
      if (array.get(i) instanceof JsonString) {
        texts.add(text(field, array.get(i), out));
      } else {
        out.add(invalid(field, "must be a string"));
        texts.add(null);
      }
    }
    return texts;
  }

  private static java.math.BigDecimal whole(JsonValue value, boolean textual) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.bigDecimalValue();
    }
    if (textual && value instanceof JsonString text && text.getString().matches("-?\\d{1,19}")) {
      return new java.math.BigDecimal(text.getString());
    }
    throw new WrongValue("must be a whole number");
  }

  private static Boolean bool(JsonValue value, boolean textual) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    if (textual && value instanceof JsonString text && text.getString().matches("true|false")) {
      return Boolean.valueOf(text.getString());
    }
    throw new WrongValue("must be true or false");
  }

  private static Instant instant(JsonValue value) {
    String wanted = "must be an ISO-8601 instant such as 2026-11-24T06:00:00Z";
    try {
      return Instant.parse(as(value, JsonString.class, wanted).getString());
    } catch (DateTimeParseException e) {
      throw new WrongValue(wanted);
    }
  }

  private static <T> T as(JsonValue value, Class<T> type, String wanted) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    throw new WrongValue(wanted);
  }

  private static Type elementType(RecordComponent component) {
    return component.getGenericType() instanceof ParameterizedType list
        ? list.getActualTypeArguments()[0]
        : Object.class;
  }

  /** The component a field belongs to: {@code ids} for {@code ids[2]}. */
  private static String component(String field) {
    int end = field.length();
    for (char c : new char[] {'[', '.'}) {
      int at = field.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return field.substring(0, end);
  }

  private static Rejection invalid(String field, String message) {
    return new Rejection(Rejection.Kind.INVALID_REQUEST, field, message);
  }

  /** A value of the wrong JSON type or form; its message says what was expected. */
  private static final class WrongValue extends RuntimeException {
    WrongValue(String message) {
      super(message, null, false, false);
    }
  }

  /** A record's components and canonical constructor, looked up once per record type. */
  private record Shape(RecordComponent[] components, Constructor<?> constructor) {

    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      if (Arrays.stream(components).anyMatch(c -> c.getType().isPrimitive())) {
        throw new IllegalArgumentException(type + ": an absent field is null, so no primitives");
      }
      try {
        Constructor<?> constructor =
            type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        constructor.setAccessible(true);
        return new Shape(components, constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type + " is not a record", e);
      }
    }

    List<String> names() {
      return Arrays.stream(components).map(RecordComponent::getName).toList();
    }

    int position(String name) {
      int at = names().indexOf(name);
      return at < 0 ? components.length : at;
    }

    Object create(Object[] values) {
      try {
        return constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
