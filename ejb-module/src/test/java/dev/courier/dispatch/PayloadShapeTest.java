package dev.courier.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadShapeTest {

  record Order(String customer, int quantity, Long reference, boolean express, List<String> tags) {}

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static List<Rejection> check(String payload) {
    return PayloadShape.check(json(payload), Order.class);
  }

  @Test
  void aPayloadOfTheRecordsFieldsAndTypesPasses() {
    assertTrue(
        check(
                "{\"customer\":\"c-1\",\"quantity\":3,\"reference\":null,\"express\":true,"
                    + "\"tags\":[\"a\"]}")
            .isEmpty());
  }

  @Test
  void missingFieldsAreLeftToBeanValidation() {
    assertTrue(check("{}").isEmpty());
  }

  @Test
  void anUnknownFieldIsRejectedWithTheFieldsThereAre() {
    List<Rejection> rejections = check("{\"customr\":\"c-1\"}");

    assertEquals(1, rejections.size());
    Rejection rejection = rejections.get(0);
    assertEquals(Rejection.Kind.INVALID_PAYLOAD, rejection.kind());
    assertEquals("payload.customr", rejection.field());
    assertEquals(
        "is not a field of this message type; its fields: [customer, quantity, reference,"
            + " express, tags]",
        rejection.message());
  }

  @Test
  void eachValueOfTheWrongJsonTypeIsRejected() {
    List<Rejection> rejections =
        check("{\"customer\":123,\"quantity\":\"3\",\"reference\":\"7\",\"express\":\"yes\"}");

    assertEquals(
        List.of(
            "payload.customer must be a string",
            "payload.quantity must be a number",
            "payload.reference must be a number",
            "payload.express must be true or false"),
        rejections.stream().map(r -> r.field() + " " + r.message()).toList());
  }

  @Test
  void nullFitsAnObjectTypeButNotAPrimitive() {
    List<Rejection> rejections = check("{\"reference\":null,\"quantity\":null,\"customer\":null}");

    assertEquals(List.of("payload.quantity"), rejections.stream().map(Rejection::field).toList());
  }

  @Test
  void componentsOfOtherTypesAreLeftToTheJsonBinding() {
    assertTrue(check("{\"tags\":\"not a list\"}").isEmpty());
  }
}
