package dev.courier.web.json;

import dev.courier.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named values of a request: the fields of a JSON body, or the parameters of a query string. A
 * query's values are all text ({@code textual}); an empty parameter counts as absent.
 */
public record RequestFields(Map<String, JsonValue> values, boolean textual) {

  public static RequestFields of(JsonObject body) {
    return new RequestFields(body, false);
  }

  public static RequestFields of(MultivaluedMap<String, String> query) {
    Map<String, JsonValue> values = new LinkedHashMap<>();
    query.forEach(
        (name, list) -> {
          String first = list.isEmpty() ? null : list.get(0);
          values.put(
              name, first == null || first.isEmpty() ? JsonValue.NULL : Jsonp.createValue(first));
        });
    return new RequestFields(values, true);
  }

  /** The value, or null when the field is absent or JSON null. */
  JsonValue get(String name) {
    JsonValue value = values.get(name);
    return value == JsonValue.NULL ? null : value;
  }
}
