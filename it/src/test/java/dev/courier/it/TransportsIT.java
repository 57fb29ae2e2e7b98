package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each transport's settings with the broker's figures of its queue. */
@ExtendWith(ArquillianExtension.class)
class TransportsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static JsonObject transport(String name) {
    Api.Answer answer = Api.get("transports/" + name);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  @Test
  void everyTransportIsListedWithItsSettingsAndConsumers() {
    Map<String, JsonObject> all =
        Api.get("transports").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(t -> t.getString("name"), t -> t));

    assertEquals(
        List.of(
            "batch",
            "dispatch",
            "high",
            "low",
            "normal",
            "probe-a",
            "probe-b",
            "probe_finish",
            "probe_items",
            "probe_start",
            "publish",
            "run_updates"),
        all.keySet().stream().sorted().toList());
    assertEquals(8, all.get("high").getInt("consumerCount"));
    assertEquals(8, all.get("dispatch").getInt("consumerCount"));
    assertEquals(4, all.get("publish").getInt("consumerCount"));
    assertEquals("courier.group.probe-a", all.get("probe-a").getString("queue"));
    assertEquals(2, all.get("probe-a").getInt("consumerCount"));
    assertEquals(4, all.get("normal").getInt("consumerCount"));
    assertEquals(2, all.get("low").getInt("consumerCount"));
    assertEquals(2, all.get("batch").getInt("consumerCount"));
    assertEquals("courier.high", all.get("high").getString("queue"));
    JsonObject retry = all.get("high").getJsonObject("retry");
    assertEquals(3, retry.getInt("max"));
    assertEquals(200, retry.getInt("delayMs"));
    assertEquals(2.0, retry.getJsonNumber("multiplier").doubleValue());
    assertEquals(5000, retry.getInt("maxDelayMs"));
    assertEquals(0.1, retry.getJsonNumber("jitter").doubleValue());
    assertEquals(500, all.get("low").getInt("timeoutMs"));
  }

  @Test
  void theFiguresFollowTheQueue() {
    long addedBefore = transport("low").getJsonNumber("messagesAdded").longValue();
    Api.post("transports/low/pause", "");
    List<String> texts = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    try {
      texts.forEach(
          text ->
              Api.post(
                  "messages", "{\"type\":\"test.bulk\",\"payload\":{\"text\":\"" + text + "\"}}"));
      await().atMost(Handled.TIMEOUT).until(() -> transport("low").getInt("messageCount") >= 2);
      JsonObject paused = transport("low");
      assertTrue(paused.getBoolean("paused"));
      assertTrue(
          paused.getJsonNumber("messagesAdded").longValue() >= addedBefore + 2, paused.toString());
      assertTrue(paused.getJsonNumber("oldestMessageAgeMs").longValue() >= 0, paused.toString());
    } finally {
      Api.post("transports/low/resume", "");
    }
    texts.forEach(Handled::awaitOnce);
    await().atMost(Handled.TIMEOUT).until(() -> transport("low").getInt("messageCount") == 0);
    assertTrue(
        transport("low").isNull("oldestMessageAgeMs")
            || transport("low").getInt("messageCount") == 0);
  }

  @Test
  void failedMessagesAreCountedByTransport() {
    Failures.awaitRecord(
        Failures.flaky(UUID.randomUUID().toString(), 1_000, "unrecoverable", "high", 0));

    assertTrue(transport("high").getInt("failedCount") >= 1);
  }

  @Test
  void anUnknownTransportIsA404Problem() {
    Api.Answer answer = Api.get("transports/urgent");
    assertEquals(404, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"));
  }
}
