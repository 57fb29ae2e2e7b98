package dev.courier.web.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.courier.dispatch.DispatchRejectedException;
import dev.courier.dispatch.JsonMessage;
import dev.courier.dispatch.RecordValidation;
import dev.courier.dispatch.Rejection;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.json.RequestReader;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.problem.ProblemException;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatchRequestsTest {

  private static final RequestLimits LIMITS = RequestLimits.of(1_000, 1_000, 5, 20);
  private static final DispatchRequests REQUESTS =
      new DispatchRequests(
          new RequestReader(
              LIMITS, new RecordValidation(Validation.buildDefaultValidatorFactory())),
          LIMITS);

  private static JsonMessage one(String body) {
    return REQUESTS.one(JsonBodies.parse(body, LIMITS));
  }

  private static List<JsonMessage> batch(String body) {
    return REQUESTS.batch(JsonBodies.parse(body, LIMITS));
  }

  @Test
  void aFullRequestIsRead() {
    JsonMessage message =
        one(
            "{\"type\":\"SendEmail\",\"payload\":{\"to\":\"a@b.c\"},\"transport\":\"high\","
                + "\"delayMs\":250,\"idempotencyKey\":\"k1\",\"correlationId\":\"c1\"}");

    assertEquals("SendEmail", message.type());
    assertEquals("{\"to\":\"a@b.c\"}", message.payloadJson());
    assertEquals("a@b.c", message.payload().getString("to"));
    assertEquals(Optional.of("high"), message.options().transport());
    assertEquals(250, message.options().delayMs());
    assertEquals(Optional.of("k1"), message.options().idempotencyKey());
    assertEquals(Optional.of("c1"), message.options().correlationId());
  }

  @Test
  void optionalFieldsMayBeAbsentOrNull() {
    JsonMessage message = one("{\"type\":\"T\",\"payload\":{},\"transport\":null}");

    assertEquals(Optional.empty(), message.options().transport());
    assertEquals(0, message.options().delayMs());
  }

  @Test
  void everyFieldAtFaultIsReported() {
    DispatchRejectedException e =
        assertThrows(
            DispatchRejectedException.class,
            () -> one("{\"payload\":[],\"delayMs\":\"soon\",\"transport\":7,\"extra\":1}"));

    assertEquals(
        List.of("extra", "type", "payload", "transport", "delayMs"),
        e.rejections().stream().map(Rejection::field).toList());
  }

  @Test
  void aBatchReportsFieldsByPosition() {
    DispatchRejectedException e =
        assertThrows(
            DispatchRejectedException.class,
            () -> batch("[{\"type\":\"T\",\"payload\":{}},{\"type\":\"\",\"payload\":{}},3]"));

    assertEquals(
        List.of("[1].type", "[2]"), e.rejections().stream().map(Rejection::field).toList());
  }

  @Test
  void aBatchHoldsOneToAThousandMessages() {
    assertThrows(ProblemException.class, () -> batch("[]"));
    String one = "{\"type\":\"T\",\"payload\":{}}";
    String thousandAndOne = "[" + String.join(",", java.util.Collections.nCopies(1001, one)) + "]";
    ProblemException e = assertThrows(ProblemException.class, () -> batch(thousandAndOne));
    assertEquals(400, e.problem().status());
    assertEquals(
        1000, batch("[" + String.join(",", java.util.Collections.nCopies(1000, one)) + "]").size());
  }

  @Test
  void aPayloadOverItsLimitIsTooLarge() {
    String big = "{\"type\":\"T\",\"payload\":{\"text\":\"" + "x".repeat(1_000) + "\"}}";

    ProblemException e = assertThrows(ProblemException.class, () -> one(big));
    assertEquals(413, e.problem().status());
  }

  @Test
  void jsonNestedTooDeeplyIsRefused() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> one("{\"type\":\"T\",\"payload\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}}"));
    assertEquals("too-deep", e.problem().slug());
  }

  @Test
  void namesThatAreTooLongOrHoldControlCharactersAreRefused() {
    DispatchRejectedException tooLong =
        assertThrows(
            DispatchRejectedException.class,
            () -> one("{\"type\":\"" + "T".repeat(21) + "\",\"payload\":{}}"));
    assertEquals("type", tooLong.rejections().get(0).field());
    DispatchRejectedException control =
        assertThrows(
            DispatchRejectedException.class, () -> one("{\"type\":\"T\\u0000\",\"payload\":{}}"));
    assertEquals("must not contain control characters", control.rejections().get(0).message());
  }

  @Test
  void malformedJsonSaysWhere() {
    ProblemException e =
        assertThrows(ProblemException.class, () -> JsonBodies.parse("{\"type\": }", LIMITS));

    assertEquals("malformed-json", e.problem().slug());
    assertEquals("The request body is not valid JSON (line 1, column 10).", e.problem().detail());
  }
}
