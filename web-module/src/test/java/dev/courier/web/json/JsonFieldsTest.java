package dev.courier.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.dispatch.Rejection;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  private static final List<String> ALLOWED = List.of("name", "count", "flag", "payload");

  private final List<Rejection> rejections = new ArrayList<>();

  private JsonFields fields(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return new JsonFields(reader.readObject(), ALLOWED, rejections, 10);
    }
  }

  private List<String> complaints() {
    return rejections.stream().map(r -> r.field() + " " + r.message()).toList();
  }

  @Test
  void knownFieldsOfTheRightTypesAreRead() {
    JsonFields fields =
        fields("{\"name\":\"abc\",\"count\":42,\"flag\":true,\"payload\":{\"x\":1}}");

    assertEquals(Optional.of("abc"), fields.requiredText("name"));
    assertEquals(Optional.of(42L), fields.wholeNumber("count"));
    assertEquals(Optional.of(true), fields.bool("flag"));
    assertEquals(1, fields.requiredObject("payload").orElseThrow().getInt("x"));
    assertTrue(rejections.isEmpty(), complaints().toString());
  }

  @Test
  void unknownFieldsAreRejectedInNameOrderWithTheKnownOnes() {
    fields("{\"zeta\":1,\"alpha\":2}");

    assertEquals(
        List.of(
            "alpha is not a known field; known fields: [name, count, flag, payload]",
            "zeta is not a known field; known fields: [name, count, flag, payload]"),
        complaints());
  }

  @Test
  void absentAndNullOptionalFieldsAreEmptyWithoutComplaint() {
    JsonFields fields = fields("{\"name\":null}");

    assertEquals(Optional.empty(), fields.text("name"));
    assertEquals(Optional.empty(), fields.wholeNumber("count"));
    assertEquals(Optional.empty(), fields.bool("flag"));
    assertTrue(rejections.isEmpty());
  }

  @Test
  void requiredFieldsMustBePresentAndNotBlank() {
    JsonFields fields = fields("{\"name\":\"  \"}");

    fields.requiredText("name");
    fields.requiredObject("payload");

    assertEquals(List.of("name must not be blank", "payload is required"), complaints());
  }

  @Test
  void textsAreLimitedInLengthAndMustNotHoldControlCharacters() {
    JsonFields fields = fields("{\"name\":\"eleven long\",\"payload\":{}}");
    fields.text("name");
    fields("{\"name\":\"a\\u0007b\"}").text("name");

    assertEquals(
        List.of(
            "name must be at most 10 characters long", "name must not contain control characters"),
        complaints());
  }

  @Test
  void valuesOfTheWrongJsonTypeAreRejected() {
    JsonFields fields = fields("{\"name\":5,\"count\":1.5,\"flag\":\"true\",\"payload\":[1]}");

    fields.text("name");
    fields.wholeNumber("count");
    fields.bool("flag");
    fields.requiredObject("payload");

    assertEquals(
        List.of(
            "name must be a string",
            "count must be a whole number",
            "flag must be true or false",
            "payload must be a JSON object"),
        complaints());
  }

  @Test
  void aWholeNumberBeyondALongIsOutOfRange() {
    fields("{\"count\":123456789012345678901234567890}").wholeNumber("count");

    assertEquals(List.of("count is out of range"), complaints());
  }
}
