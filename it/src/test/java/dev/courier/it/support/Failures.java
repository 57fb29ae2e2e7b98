package dev.courier.it.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Dispatches flaky test messages and reads the failure store through the admin API. */
public final class Failures {

  private Failures() {}

  /** Dispatches a test.flaky message; returns its message id. */
  public static String flaky(
      String text, int failTimes, String failWith, String transport, long retryAfterMs) {
    Api.Answer answer =
        Api.post(
            "messages",
            Json.createObjectBuilder()
                .add("type", "test.flaky")
                .add("transport", transport)
                .add(
                    "payload",
                    Json.createObjectBuilder()
                        .add("text", text)
                        .add("failTimes", failTimes)
                        .add("failWith", failWith)
                        .add("retryAfterMs", retryAfterMs))
                .build());
    assertEquals(202, answer.status(), answer.body());
    return answer.json().getString("id");
  }

  public static List<JsonObject> attempts(String text) {
    return Api.get("test/attempts?text=" + text)
        .json()
        .getJsonArray("attempts")
        .getValuesAs(JsonObject.class);
  }

  /** The failure records of a message (at most one is expected). */
  public static List<JsonObject> recordsOf(String messageId) {
    Api.Answer answer =
        Api.get("failed?messageId=" + URLEncoder.encode(messageId, StandardCharsets.UTF_8));
    assertEquals(200, answer.status(), answer.body());
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** Waits for the failure record of a message and returns it in full. */
  public static JsonObject awaitRecord(String messageId) {
    await().atMost(Handled.TIMEOUT).until(() -> !recordsOf(messageId).isEmpty());
    List<JsonObject> records = recordsOf(messageId);
    assertEquals(1, records.size(), records.toString());
    Api.Answer detail = Api.get("failed/" + records.get(0).getString("id"));
    assertEquals(200, detail.status(), detail.body());
    return detail.json();
  }
}
