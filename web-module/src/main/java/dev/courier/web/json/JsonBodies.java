package dev.courier.web.json;

import dev.courier.json.Jsonp;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.problem.Problem;
import dev.courier.web.problem.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Parses request bodies within the limits: size (413), nesting depth; answers malformed JSON with a
 * problem that says where it broke.
 */
public final class JsonBodies {

  private JsonBodies() {}

  public static JsonValue parse(String body, RequestLimits limits) {
    if (body == null || body.isBlank()) {
      throw malformed("The request body is empty; a JSON document is expected.");
    }
    if (body.length() > limits.requestBytes()
        || body.getBytes(StandardCharsets.UTF_8).length > limits.requestBytes()) {
      throw tooLarge("The request body is larger than " + limits.requestBytes() + " bytes.");
    }
    JsonValue value;
    try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      throw malformed(
          "The request body is not valid JSON (line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ").");
    } catch (JsonException | IllegalStateException e) {
      throw malformed("The request body is not valid JSON.");
    } catch (RuntimeException e) {
      // The parser's own guard (e.g. Parsson's nesting limit) throws a bare RuntimeException.
      throw malformed("The request body could not be parsed as JSON within the parser's limits.");
    }
    if (depth(value) > limits.jsonDepth()) {
      throw ProblemException.badRequest(
          "too-deep",
          "JSON nested too deeply",
          "The request body nests deeper than " + limits.jsonDepth() + " levels.");
    }
    return value;
  }

  /** Parses a body that must be a JSON object; an empty body stands for an empty object. */
  public static JsonObject object(String body, RequestLimits limits) {
    JsonValue value =
        body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : parse(body, limits);
    if (value instanceof JsonObject object) {
      return object;
    }
    throw ProblemException.badRequest(
        "invalid-request", "Invalid request", "The request body must be a JSON object.");
  }

  public static ProblemException tooLarge(String detail) {
    return new ProblemException(new Problem("payload-too-large", "Payload too large", 413, detail));
  }

  private static int depth(JsonValue value) {
    if (value instanceof JsonObject object) {
      return 1 + object.values().stream().mapToInt(JsonBodies::depth).max().orElse(0);
    }
    if (value instanceof JsonArray array) {
      return 1 + array.stream().mapToInt(JsonBodies::depth).max().orElse(0);
    }
    return 0;
  }

  private static ProblemException malformed(String detail) {
    return ProblemException.badRequest("malformed-json", "Malformed JSON", detail);
  }
}
