package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Handled;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in probe, as an operator uses it: send one, read it back. */
@ExtendWith(ArquillianExtension.class)
class ProbeIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static String send(JsonObject request) {
    Api.Answer answer = Api.post("probes", request);
    assertEquals(202, answer.status(), answer.body());
    return answer.json().getString("id");
  }

  private static JsonObject awaitStatus(String id, String status) {
    await()
        .atMost(Handled.TIMEOUT)
        .until(() -> status.equals(Api.get("probes/" + id).json().getString("status")));
    return Api.get("probes/" + id).json();
  }

  @ParameterizedTest
  @ValueSource(strings = {"high", "normal", "low"})
  void aProbeIsHandledOnTheTransportItWasSentTo(String transport) {
    String id = send(Json.createObjectBuilder().add("transport", transport).build());

    JsonObject probe = awaitStatus(id, "handled");
    assertEquals(id, probe.getString("id"));
    assertEquals(transport, probe.getString("transport"));
    assertEquals(1, probe.getInt("attempts"));
    assertEquals(0, probe.getInt("duplicates"));
    assertFalse(probe.isNull("handledAt"));
    assertTrue(probe.getJsonNumber("latencyMs").longValue() >= 0);
  }

  @Test
  void aProbeWithHopsIsHandedOnAndHandledWhenItsLastHopIs() {
    String id = send(Json.createObjectBuilder().add("transport", "high").add("hops", 2).build());

    JsonObject probe = awaitStatus(id, "handled");
    assertEquals(1, probe.getInt("attempts"), "the later hops are not attempts of the probe");
    assertEquals(0, probe.getInt("duplicates"));
  }

  @Test
  void aProbeReadBackBeforeItIsHandledIsPending() {
    String id = send(Json.createObjectBuilder().add("sleepMs", 0).add("failTimes", 1).build());

    JsonObject probe = Api.get("probes/" + id).json();
    assertEquals("normal", probe.getString("transport"));
    assertTrue(
        probe.getString("status").equals("pending") || probe.getString("status").equals("handled"),
        probe.toString());
    assertEquals("handled", awaitStatus(id, "handled").getString("status"));
  }

  @Test
  void aProbeWithoutABodyGoesToTheNormalTransport() {
    Api.Answer answer = Api.post("probes", "");
    assertEquals(202, answer.status(), answer.body());

    assertEquals(
        "normal", awaitStatus(answer.json().getString("id"), "handled").getString("transport"));
  }

  @Test
  void aProbeThatFailsTwiceIsRedeliveredAndHandledOnItsThirdAttempt() {
    String id =
        send(Json.createObjectBuilder().add("transport", "high").add("failTimes", 2).build());

    JsonObject probe = awaitStatus(id, "handled");
    assertEquals(3, probe.getInt("attempts"));
    assertTrue(probe.getString("lastError").contains("attempt 2 of 2"), probe.toString());
  }

  @Test
  void anUnrecoverableProbeIsReportedFailed() {
    String id =
        send(
            Json.createObjectBuilder().add("transport", "high").add("unrecoverable", true).build());

    JsonObject probe = awaitStatus(id, "failed");
    assertTrue(probe.getInt("attempts") >= 1);
    assertEquals(JsonValue.NULL, probe.get("handledAt"));
    assertTrue(probe.getString("lastError").contains("unrecoverabl"), probe.toString());
  }

  @Test
  void aProbeDispatchedAsAPlainMessageIsRecordedToo() {
    Api.Answer answer =
        Api.post(
            "messages",
            Json.createObjectBuilder()
                .add("type", "courier.probe")
                .add("transport", "low")
                .add("payload", Json.createObjectBuilder().add("failTimes", 0))
                .build());
    assertEquals(202, answer.status(), answer.body());

    JsonObject probe = awaitStatus(answer.json().getString("id"), "handled");
    assertEquals("low", probe.getString("transport"));
  }
}
