package dev.courier.failure;

import dev.courier.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Message properties (strings, numbers, booleans) to and from a JSON object. */
public final class PropertiesJson {

  private PropertiesJson() {}

  public static String write(Map<String, Object> properties) {
    JsonObjectBuilder json = Jsonp.createObjectBuilder();
    properties.forEach(
        (name, value) -> {
          if (value instanceof Integer
              || value instanceof Long
              || value instanceof Short
              || value instanceof Byte) {
            json.add(name, ((Number) value).longValue());
          } else if (value instanceof Number number) {
            json.add(name, number.doubleValue());
          } else if (value instanceof Boolean flag) {
            json.add(name, flag);
          } else if (value != null) {
            json.add(name, value.toString());
          }
        });
    return json.build().toString();
  }

  public static Map<String, Object> read(String json) {
    Map<String, Object> properties = new LinkedHashMap<>();
    JsonObject object = Jsonp.createReader(new StringReader(json)).readObject();
    object.forEach((name, value) -> properties.put(name, valueOf(value)));
    return properties;
  }

  private static Object valueOf(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value instanceof JsonNumber number) {
      if (!number.isIntegral()) {
        return number.doubleValue();
      }
      long whole = number.longValue();
      return whole == (int) whole ? (Object) (int) whole : (Object) whole;
    }
    return value == JsonValue.TRUE;
  }
}
