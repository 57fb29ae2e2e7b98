package dev.courier.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.dispatch.RecordValidation;
import dev.courier.dispatch.Rejection;
import dev.courier.web.limits.RequestLimits;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

  record Sample(
      @NotBlank String name,
      @Min(1) Long count,
      Boolean flag,
      @NotNull JsonObject payload,
      Instant at,
      List<@Pattern(regexp = "[a-z]+", message = "must be lower case") String> tags) {}

  record Other(Integer page) {}

  record Primitive(int count) {}

  static final RequestReader READER =
      new RequestReader(
          RequestLimits.of(1_000, 10, 5, 10),
          new RecordValidation(Validation.buildDefaultValidatorFactory()));

  private final List<Rejection> rejections = new ArrayList<>();

  private Sample read(String json) {
    RequestFields fields = RequestFields.of(object(json));
    READER.rejectUnknown(fields, rejections, Sample.class);
    return READER.read(fields, Sample.class, rejections);
  }

  private static JsonObject object(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private List<String> complaints() {
    return rejections.stream().map(r -> r.field() + " " + r.message()).toList();
  }

  @Test
  void fieldsOfTheRightTypesAreReadIntoTheRecord() {
    Sample sample =
        read(
            "{\"name\":\"abc\",\"count\":42,\"flag\":true,\"payload\":{\"x\":1},"
                + "\"at\":\"2026-11-24T06:00:00Z\",\"tags\":[\"a\",\"b\"]}");

    assertTrue(rejections.isEmpty(), complaints().toString());
    assertEquals(
        new Sample(
            "abc",
            42L,
            true,
            object("{\"x\":1}"),
            Instant.parse("2026-11-24T06:00:00Z"),
            List.of("a", "b")),
        sample);
  }

  @Test
  void absentAndNullFieldsAreNullAndOnlyConstraintsCareAboutThem() {
    Sample sample = read("{\"name\":\"n\",\"payload\":{},\"count\":null}");

    assertTrue(rejections.isEmpty(), complaints().toString());
    assertNull(sample.count());
    assertNull(sample.tags());
  }

  @Test
  void everyMistakeIsReportedOnceUnknownFieldsFirstThenInComponentOrder() {
    read(
        "{\"zeta\":1,\"tags\":[\"ok\",\"NO\",3],\"at\":\"yesterday\",\"payload\":[],"
            + "\"flag\":\"yes\",\"count\":0,\"alpha\":2}");

    assertEquals(
        List.of(
            "alpha is not a known field; known fields: [at, count, flag, name, payload, tags]",
            "zeta is not a known field; known fields: [at, count, flag, name, payload, tags]",
            "name must not be blank",
            "count must be greater than or equal to 1",
            "flag must be true or false",
            "payload must be a JSON object",
            "at must be an ISO-8601 instant such as 2026-11-24T06:00:00Z",
            "tags[2] must be a string",
            "tags[1] must be lower case"),
        complaints());
  }

  @Test
  void numbersMustBeWholeAndInRange() {
    read("{\"name\":\"n\",\"payload\":{},\"count\":1.5}");
    read("{\"name\":\"n\",\"payload\":{},\"count\":99999999999999999999}");

    assertEquals(List.of("count must be a whole number", "count is out of range"), complaints());
  }

  @Test
  void textIsHeldToTheLengthLimitAndMayHoldNoControlCharacters() {
    read("{\"name\":\"" + "n".repeat(11) + "\",\"payload\":{}}");
    read("{\"name\":\"a\\u0007b\",\"payload\":{}}");

    assertEquals(
        List.of(
            "name must be at most 10 characters long", "name must not contain control characters"),
        complaints());
  }

  @Test
  void queryParametersAreTextThatIsParsedAndEmptyOnesAreAbsent() {
    MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
    query.add("page", "3");
    assertEquals(new Other(3), READER.read(RequestFields.of(query), Other.class, rejections));
    query.putSingle("page", "");
    assertEquals(new Other(null), READER.read(RequestFields.of(query), Other.class, rejections));
    query.putSingle("page", "three");
    query.add("colour", "red");
    READER.rejectUnknown(RequestFields.of(query), rejections, Other.class);
    READER.read(RequestFields.of(query), Other.class, rejections);

    assertEquals(
        List.of(
            "colour is not a known parameter; known parameters: [page]",
            "page must be a whole number"),
        complaints());
  }

  @Test
  void aRecordWithPrimitivesCannotBeARequest() {
    RequestFields empty = RequestFields.of(object("{}"));
    assertThrows(
        IllegalArgumentException.class, () -> READER.read(empty, Primitive.class, rejections));
  }
}
