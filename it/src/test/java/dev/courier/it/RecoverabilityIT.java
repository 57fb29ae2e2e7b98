package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Transports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retries with back-off and the failure store, on the test transports' millisecond strategies (see
 * TestApp): high retries 3 times after 200, 400, 800 ms; normal treats IllegalStateException as
 * unrecoverable; low retries twice after 100 ms.
 */
@ExtendWith(ArquillianExtension.class)
class RecoverabilityIT {

  private static final double JITTER = 0.1;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static String unique() {
    return UUID.randomUUID().toString();
  }

  @Test
  void aHandlerFailingTwiceIsHandledOnItsThirdAttemptAfterTheStrategysDelays() {
    String text = unique();
    Failures.flaky(text, 2, "recoverable", "high", 0);

    JsonObject handled = Handled.awaitOnce(text);
    List<JsonObject> calls = Failures.attempts(text);
    assertEquals(3, calls.size(), calls.toString());
    assertEquals(List.of(0, 1, 2), calls.stream().map(c -> c.getInt("attempt")).toList());
    assertGap(calls.get(0), calls.get(1), 200);
    assertGap(calls.get(1), calls.get(2), 400);
    assertTrue(Failures.recordsOf(handled.getString("messageId")).isEmpty());
  }

  @Test
  void aHandlerThatAlwaysFailsIsTriedMaxPlusOneTimesThenStoredWithItsHistory() {
    String text = unique();
    String id = Failures.flaky(text, 1_000, "recoverable", "low", 0);

    JsonObject record = Failures.awaitRecord(id);
    assertEquals(3, record.getInt("attempts"));
    assertEquals("low", record.getString("transport"));
    assertEquals("test.flaky", record.getString("type"));
    assertEquals("dev.courier.handler.RecoverableMessageException", record.getString("errorClass"));
    assertEquals(
        List.of(0, 1, 2),
        record.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getInt("attempt"))
            .toList());
    JsonObject lastError = record.getJsonArray("errors").getJsonObject(2);
    assertTrue(lastError.getString("message").contains("flaky failure 3"), lastError.toString());
    assertTrue(lastError.getString("stackTrace").contains("FlakyHandler"), lastError.toString());
    assertTrue(
        lastError
            .getString("stackTrace")
            .matches("(?s).*HandlerInvoker\\.invoke\\([^\n]*\n\t\\.\\.\\. \\d+ server frames\n"),
        "the server's frames below the handler's invocation are counted, not kept: " + lastError);
    assertTrue(record.getString("payload").contains(text));
    assertEquals(id, record.getJsonObject("properties").getString("courier_id"));
    Transports.awaitIdle("low");
    assertEquals(3, Failures.attempts(text).size());
  }

  @ParameterizedTest
  @CsvSource({
    "unrecoverable, high, dev.courier.handler.UnrecoverableMessageException",
    "illegal-state, normal, java.lang.IllegalStateException"
  })
  void anUnrecoverableFailureIsTriedOnceAndStored(
      String failWith, String transport, String errorClass) {
    String text = unique();
    String id = Failures.flaky(text, 1_000, failWith, transport, 0);

    JsonObject record = Failures.awaitRecord(id);
    assertEquals(1, record.getInt("attempts"));
    assertEquals(errorClass, record.getString("errorClass"));
    assertEquals(1, record.getJsonArray("errors").size());
    assertEquals(1, Failures.attempts(text).size());
  }

  @Test
  void aConfiguredUnrecoverableClassIsRetriedOnOtherTransports() {
    String text = unique();
    Failures.flaky(text, 1, "illegal-state", "low", 0);

    Handled.awaitOnce(text);
    assertEquals(2, Failures.attempts(text).size());
  }

  @Test
  void aRecoverableExceptionCanSetItsOwnDelay() {
    String text = unique();
    Failures.flaky(text, 1, "recoverable", "low", 1_500);

    Handled.awaitOnce(text);
    List<JsonObject> calls = Failures.attempts(text);
    long gap =
        calls.get(1).getJsonNumber("at").longValue() - calls.get(0).getJsonNumber("at").longValue();
    assertTrue(gap >= 1_500, "retried after " + gap + " ms, not after the handler's 1500 ms");
  }

  @Test
  void aHandlerRunningPastTheTransportsTimeoutFailsRecoverably() {
    Api.Answer slow = Api.post("probes", "{\"transport\":\"low\",\"sleepMs\":800}");
    Api.Answer quick = Api.post("probes", "{\"transport\":\"low\",\"sleepMs\":50}");
    assertEquals(202, slow.status(), slow.body());

    JsonObject record = Failures.awaitRecord(slow.json().getString("id"));
    assertEquals("dev.courier.consume.HandlerTimeoutException", record.getString("errorClass"));
    assertEquals(3, record.getInt("attempts"));
    assertEquals(
        "failed", Api.get("probes/" + slow.json().getString("id")).json().getString("status"));
    await()
        .atMost(Handled.TIMEOUT)
        .until(
            () ->
                "handled"
                    .equals(
                        Api.get("probes/" + quick.json().getString("id"))
                            .json()
                            .getString("status")));
  }

  @Test
  void aMessageRetriedFromTheStoreIsHandled() {
    String text = unique();
    String id = Failures.flaky(text, 3, "recoverable", "low", 0);
    JsonObject record = Failures.awaitRecord(id);

    Api.Answer retry = Api.post("failed/" + record.getString("id") + "/retry", "");

    assertEquals(202, retry.status(), retry.body());
    assertEquals(id, retry.json().getString("messageId"));
    JsonObject handled = Handled.awaitOnce(text);
    assertEquals(id, handled.getString("messageId"));
    assertEquals(4, Failures.attempts(text).size());
    assertEquals(0, Failures.attempts(text).get(3).getInt("attempt"));
    assertTrue(Failures.recordsOf(id).isEmpty());
    assertEquals(404, Api.get("failed/" + record.getString("id")).status());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json at all | test.ping   | the body does not match",
        "{}              | test.nobody | no handler for message type 'test.nobody'",
        "{}              |             | property courier_type is missing"
      })
  void anUndecodableMessageIsStoredWithTheReason(String body, String type, String reason) {
    String id = unique();
    JsonObjectBuilder properties = Json.createObjectBuilder().add("courier_id", id);
    if (type != null) {
      properties
          .add("courier_type", type)
          .add("courier_attempt", 0)
          .add("courier_dispatched_at", System.currentTimeMillis())
          .add("courier_build", "test")
          .add("courier_origin", "normal");
    }
    Api.Answer sent =
        Api.post(
            "test/raw",
            Json.createObjectBuilder()
                .add("queue", "courier.normal")
                .add("body", body)
                .add("properties", properties)
                .build());
    assertEquals(200, sent.status(), sent.body());

    JsonObject record = Failures.awaitRecord(id);
    assertEquals("dev.courier.envelope.MalformedEnvelopeException", record.getString("errorClass"));
    assertTrue(record.getString("errorMessage").contains(reason), record.toString());
    assertEquals(body, record.getString("payload"));
    assertEquals(0, record.getInt("attempts"));
  }

  private static void assertGap(JsonObject earlier, JsonObject later, long delayMs) {
    long gap = later.getJsonNumber("at").longValue() - earlier.getJsonNumber("at").longValue();
    assertTrue(
        gap >= delayMs * (1 - JITTER),
        "retried after " + gap + " ms, before the delay of " + delayMs);
    assertTrue(
        gap < delayMs * (1 + JITTER) + 2_000,
        "retried after " + gap + " ms, long after " + delayMs);
  }
}
