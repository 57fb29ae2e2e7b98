package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad request gets its status and a problem+json body that says what was wrong. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  static Stream<Arguments> badDispatches() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"type\":", "malformed-json", null),
        Arguments.of("empty body", "", "malformed-json", null),
        Arguments.of("not an object", "[1,2]", "invalid-request", null),
        Arguments.of("missing type", "{\"payload\":{\"text\":\"a\"}}", "invalid-request", "type"),
        Arguments.of("missing payload", "{\"type\":\"test.ping\"}", "invalid-request", "payload"),
        Arguments.of(
            "payload not an object",
            "{\"type\":\"test.ping\",\"payload\":\"a\"}",
            "invalid-request",
            "payload"),
        Arguments.of(
            "unknown field",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"delay\":5}",
            "invalid-request",
            "delay"),
        Arguments.of(
            "unknown type",
            "{\"type\":\"NoSuchThing\",\"payload\":{}}",
            "unknown-message-type",
            "type"),
        Arguments.of(
            "payload failing validation",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"\"}}",
            "invalid-payload",
            "payload.text"),
        Arguments.of(
            "payload of the wrong JSON type",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":{\"a\":1}}}",
            "invalid-payload",
            "payload.text"),
        Arguments.of(
            "unknown transport",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"transport\":\"urgent\"}",
            "unknown-transport",
            "transport"),
        Arguments.of(
            "negative delay",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"delayMs\":-1}",
            "invalid-request",
            "delayMs"),
        Arguments.of(
            "fractional delay",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"delayMs\":1.5}",
            "invalid-request",
            "delayMs"),
        Arguments.of(
            "huge delay",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"delayMs\":1e400}",
            "invalid-request",
            "delayMs"),
        Arguments.of(
            "blank idempotency key",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"idempotencyKey\":\" \"}",
            "invalid-request",
            "idempotencyKey"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDispatches")
  void aBadDispatchIsA400Problem(String what, String body, String problem, String field) {
    Api.Answer answer = Api.post("messages", body);

    JsonObject json = assertProblem(answer, 400, problem);
    if (field != null) {
      assertEquals(
          field, json.getJsonArray("errors").getJsonObject(0).getString("field"), answer.body());
    }
  }

  @Test
  void anUnknownTypeIsAnsweredWithTheKnownTypes() {
    Api.Answer answer = Api.post("messages", "{\"type\":\"NoSuchThing\",\"payload\":{}}");

    String detail = assertProblem(answer, 400, "unknown-message-type").getString("detail");
    assertTrue(detail.contains("NoSuchThing"), detail);
    for (String known : new String[] {"courier.probe", "test.ping", "test.urgent", "test.bulk"}) {
      assertTrue(detail.contains(known), detail);
    }
  }

  @Test
  void everyProblemOfARequestIsReported() {
    Api.Answer answer =
        Api.post(
            "messages",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"\"},\"transport\":\"nope\",\"delayMs\":-5}");

    JsonObject json = assertProblem(answer, 400, "invalid-request");
    assertEquals(3, json.getJsonArray("errors").size(), answer.body());
  }

  @Test
  void aWrongContentTypeIsA415Problem() {
    assertProblem(Api.post("messages", "{}", "text/plain"), 415, "unsupported-media-type");
    assertProblem(
        Api.post("messages/batch", "[]", "application/xml"), 415, "unsupported-media-type");
    assertProblem(Api.post("probes", "{}", "text/plain"), 415, "unsupported-media-type");
  }

  @Test
  void aBatchOverTheLimitIsA400Problem() {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < 1001; i++) {
      batch.add(
          Json.createObjectBuilder()
              .add("type", "test.ping")
              .add("payload", Json.createObjectBuilder().add("text", "x")));
    }
    JsonObject json =
        assertProblem(Api.post("messages/batch", batch.build()), 400, "invalid-batch-size");
    assertTrue(json.getString("detail").contains("1001"), json.toString());
  }

  @Test
  void badBatchesAreA400Problem() {
    assertProblem(Api.post("messages/batch", "[]"), 400, "invalid-batch-size");
    assertProblem(Api.post("messages/batch", "{\"type\":\"test.ping\"}"), 400, "invalid-request");
    assertProblem(Api.post("messages/batch", "[1]"), 400, "invalid-request");
    assertProblem(Api.post("messages/batch", "[{\"type\":"), 400, "malformed-json");
    JsonObject json =
        assertProblem(
            Api.post(
                "messages/batch",
                "[{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"}},{\"type\":\"x\",\"payload\":{}}]"),
            400,
            "unknown-message-type");
    assertEquals("[1].type", json.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void badProbesAreA400Problem() {
    assertProblem(Api.post("probes", "{\"transport\":\"nope\"}"), 400, "unknown-transport");
    assertProblem(Api.post("probes", "{\"failTimes\":-1}"), 400, "invalid-payload");
    assertProblem(Api.post("probes", "{\"sleepMs\":600000}"), 400, "invalid-payload");
    assertProblem(Api.post("probes", "{\"hops\":6}"), 400, "invalid-payload");
    assertProblem(Api.post("probes", "{\"hops\":-1}"), 400, "invalid-payload");
    assertProblem(Api.post("probes", "{\"unrecoverable\":\"yes\"}"), 400, "invalid-request");
    assertProblem(Api.post("probes", "{\"failTimes\":\"1\"}"), 400, "invalid-request");
    assertProblem(Api.post("probes", "{\"transport\":"), 400, "malformed-json");
    assertProblem(Api.post("probes", "[]"), 400, "invalid-request");
    assertProblem(Api.post("probes", "{\"colour\":\"red\"}"), 400, "invalid-request");
  }

  @Test
  void anUnknownProbeIsA404ProblemAndAnIdThatIsNoUuidA400() {
    assertProblem(Api.get("probes/" + java.util.UUID.randomUUID()), 404, "not-found");
    assertProblem(Api.get("probes/no-such-probe"), 400, "invalid-id");
  }

  @Test
  void unknownPathsAndMethodsAreProblems() {
    assertProblem(Api.get("nowhere"), 404, "not-found");
    assertProblem(Api.delete("messages"), 405, "method-not-allowed");
  }

  private static JsonObject assertProblem(Api.Answer answer, int status, String problem) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertFalse(answer.body().contains("\tat "), answer.body());
    JsonObject json = answer.json();
    assertEquals(status, json.getInt("status"));
    assertEquals("https://courier.dev/problems/" + problem, json.getString("type"), answer.body());
    assertFalse(json.getString("title").isBlank());
    assertFalse(json.getString("detail").isBlank());
    return json;
  }
}
