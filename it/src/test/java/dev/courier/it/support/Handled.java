package dev.courier.it.support;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;

/** Reads what the test handlers saw, through the test resource. */
public final class Handled {

  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Handled() {}

  public static List<JsonObject> of(String text) {
    return Api.get("test/handled?text=" + text)
        .json()
        .getJsonArray("handled")
        .getValuesAs(JsonObject.class);
  }

  /** Dispatches a test.ping with this text over the API (default transport). */
  public static void dispatchPing(String text) {
    Api.Answer answer =
        Api.post("messages", "{\"type\":\"test.ping\",\"payload\":{\"text\":\"" + text + "\"}}");
    if (answer.status() != 202) {
      throw new AssertionError("dispatch answered " + answer.status() + ": " + answer.body());
    }
  }

  /** Waits until the message with this text has been handled once, and returns that handling. */
  public static JsonObject awaitOnce(String text) {
    await().atMost(TIMEOUT).until(() -> !of(text).isEmpty());
    List<JsonObject> all = of(text);
    if (all.size() != 1) {
      throw new AssertionError("expected one handling of " + text + ", got " + all);
    }
    return all.get(0);
  }
}
