package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Transports;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages dispatched over HTTP and through MessageBus reach their handlers on each transport. */
@ExtendWith(ArquillianExtension.class)
class DispatchIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static String unique() {
    return UUID.randomUUID().toString();
  }

  private static JsonObjectBuilder message(String type, String text) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("payload", Json.createObjectBuilder().add("text", text));
  }

  @ParameterizedTest
  @CsvSource({"test.urgent, high", "test.ping, normal", "test.bulk, low"})
  void restDispatchIsRoutedByTypeAndHandled(String type, String transport) {
    String text = unique();
    Api.Answer answer = Api.post("messages", message(type, text).build());

    assertEquals(202, answer.status(), answer.body());
    assertEquals(type, answer.json().getString("type"));
    assertEquals(transport, answer.json().getString("transport"));
    JsonObject handled = Handled.awaitOnce(text);
    assertEquals(transport, handled.getString("transport"));
    assertEquals(answer.json().getString("id"), handled.getString("messageId"));
  }

  @ParameterizedTest
  @CsvSource({"urgent, high", "ping, normal", "bulk, low"})
  void messageBusDispatchIsRoutedByTypeAndHandled(String kind, String transport) {
    String text = unique();
    Api.Answer answer =
        Api.post(
            "test/bus", Json.createObjectBuilder().add("kind", kind).add("text", text).build());

    assertEquals(200, answer.status(), answer.body());
    assertEquals(transport, Handled.awaitOnce(text).getString("transport"));
  }

  @ParameterizedTest
  @CsvSource({"high", "low"})
  void restDispatchHonoursTheRequestedTransport(String transport) {
    String text = unique();
    Api.Answer answer =
        Api.post("messages", message("test.ping", text).add("transport", transport).build());

    assertEquals(202, answer.status(), answer.body());
    assertEquals(transport, answer.json().getString("transport"));
    assertEquals(transport, Handled.awaitOnce(text).getString("transport"));
  }

  @Test
  void messageBusDispatchHonoursTheRequestedTransport() {
    String text = unique();
    Api.post(
        "test/bus",
        Json.createObjectBuilder()
            .add("kind", "urgent")
            .add("text", text)
            .add("transport", "low")
            .build());

    assertEquals("low", Handled.awaitOnce(text).getString("transport"));
  }

  @Test
  void aDelayedMessageIsNotHandledBeforeItsDelay() {
    String text = unique();
    long delayMs = 2_000;
    Api.Answer answer =
        Api.post("messages", message("test.urgent", text).add("delayMs", delayMs).build());

    assertEquals(202, answer.status(), answer.body());
    JsonObject handled = Handled.awaitOnce(text);
    long waited =
        handled.getJsonNumber("handledAt").longValue()
            - handled.getJsonNumber("dispatchedAt").longValue();
    assertTrue(
        waited >= delayMs,
        "handled " + waited + " ms after dispatch, before its delay of " + delayMs);
  }

  @Test
  void aDelayedMessageFromServerCodeIsNotHandledBeforeItsDelay() {
    String text = unique();
    long delayMs = 1_500;
    Api.post(
        "test/bus",
        Json.createObjectBuilder()
            .add("kind", "ping")
            .add("text", text)
            .add("delayMs", delayMs)
            .build());

    JsonObject handled = Handled.awaitOnce(text);
    long waited =
        handled.getJsonNumber("handledAt").longValue()
            - handled.getJsonNumber("dispatchedAt").longValue();
    assertTrue(
        waited >= delayMs,
        "handled " + waited + " ms after dispatch, before its delay of " + delayMs);
  }

  @Test
  void theSameIdempotencyKeyDispatchedTwiceIsHandledOnce() {
    String text = unique();
    String key = unique();
    JsonObject request = message("test.ping", text).add("idempotencyKey", key).build();

    assertEquals(202, Api.post("messages", request).status());
    assertEquals(202, Api.post("messages", request).status());

    Handled.awaitOnce(text);
    awaitOneAfter();
    assertEquals(1, Handled.of(text).size());
  }

  @Test
  void aBatchIsDispatchedWhole() {
    String first = unique();
    String second = unique();
    String third = unique();
    Api.Answer answer =
        Api.post(
            "messages/batch",
            Json.createArrayBuilder()
                .add(message("test.ping", first))
                .add(message("test.urgent", second))
                .add(message("test.ping", third).add("transport", "low"))
                .build());

    assertEquals(202, answer.status(), answer.body());
    assertEquals(3, answer.json().getJsonArray("ids").size());
    assertEquals("normal", Handled.awaitOnce(first).getString("transport"));
    assertEquals("high", Handled.awaitOnce(second).getString("transport"));
    assertEquals("low", Handled.awaitOnce(third).getString("transport"));
  }

  @Test
  void aBatchWithOneInvalidMessageSendsNone() {
    String valid = unique();
    Api.Answer answer =
        Api.post(
            "messages/batch",
            Json.createArrayBuilder()
                .add(message("test.ping", valid))
                .add(message("test.ping", " "))
                .build());

    assertRefusedAt(answer, "[1].payload.text");
    awaitOneAfter();
    assertTrue(Handled.of(valid).isEmpty());
  }

  @Test
  void aListFromServerCodeIsSentWhole() {
    String first = unique();
    String second = unique();
    Api.Answer answer = Api.post("test/bus/all", list("urgent", first, second).build());

    assertEquals(200, answer.status(), answer.body());
    assertEquals(2, answer.json().getJsonArray("ids").size());
    assertEquals("high", Handled.awaitOnce(first).getString("transport"));
    assertEquals("high", Handled.awaitOnce(second).getString("transport"));
  }

  @Test
  void aListFromServerCodeWithOneInvalidMessageSendsNone() {
    String valid = unique();
    Api.Answer answer = Api.post("test/bus/all", list("ping", valid, " ").build());

    assertRefusedAt(answer, "[1].payload.text");
    awaitOneAfter();
    assertTrue(Handled.of(valid).isEmpty());
  }

  @Test
  void aListFromServerCodeJoinsTheCallersTransaction() {
    String rolledBack = unique();
    Api.Answer answer =
        Api.post("test/bus/all", list("ping", rolledBack).add("rollBack", true).build());

    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.json().getBoolean("rolledBack"), answer.body());
    awaitOneAfter();
    assertTrue(Handled.of(rolledBack).isEmpty());
  }

  /**
   * Sends a message on the default transport and waits until it is handled: what was sent before it
   * on that queue and not handled by then never will be.
   */
  private static void awaitOneAfter() {
    String marker = unique();
    Api.post("messages", message("test.ping", marker).build());
    Handled.awaitOnce(marker);
  }

  private static void assertRefusedAt(Api.Answer answer, String field) {
    assertEquals(400, answer.status(), answer.body());
    assertEquals(field, answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  private static JsonObjectBuilder list(String kind, String... texts) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String text : texts) {
      array.add(text);
    }
    return Json.createObjectBuilder().add("kind", kind).add("texts", array);
  }

  /**
   * A time-to-live belongs to its message: the next message sent in the same transaction (on the
   * same JMS context) keeps none. Both wait on a paused transport past the first one's expiry.
   */
  @Test
  void aTimeToLiveIsTheMessagesOwnNotTheNextOnes() {
    String expiring = unique();
    String lasting = unique();
    long expiredBefore = Transports.of("low").getJsonNumber("messagesExpired").longValue();
    assertEquals(200, Api.post("transports/low/pause", "").status());
    try {
      Api.Answer answer =
          Api.post(
              "messages/batch",
              Json.createArrayBuilder()
                  .add(message("test.bulk", expiring).add("ttlMs", 200))
                  .add(message("test.bulk", lasting))
                  .build());
      assertEquals(202, answer.status(), answer.body());
      Transports.awaitHeld("low", 2);
      await().pollDelay(Duration.ofMillis(400)).until(() -> true);
    } finally {
      assertEquals(200, Api.post("transports/low/resume", "").status());
    }
    Handled.awaitOnce(lasting);
    Transports.awaitIdle("low");
    assertTrue(Handled.of(expiring).isEmpty(), "the expired message was never handled");
    assertEquals(
        expiredBefore + 1, Transports.of("low").getJsonNumber("messagesExpired").longValue());
  }
}
