package dev.courier.web.json;

import dev.courier.web.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** Parses request bodies, answering malformed JSON with a problem that says where it broke. */
public final class JsonBodies {

  private JsonBodies() {}

  public static JsonValue parse(String body) {
    if (body == null || body.isBlank()) {
      throw malformed("The request body is empty; a JSON document is expected.");
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw malformed(
          "The request body is not valid JSON (line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ").");
    } catch (JsonException e) {
      throw malformed("The request body is not valid JSON.");
    }
  }

  /** Parses a body that may be empty, standing for an empty object. */
  public static JsonValue parseOrEmptyObject(String body) {
    return body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : parse(body);
  }

  private static ProblemException malformed(String detail) {
    return ProblemException.badRequest("malformed-json", "Malformed JSON", detail);
  }
}
