package dev.courier.it.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;

/** Reads the schedules and their runs through the admin API. */
public final class Schedules {

  private Schedules() {}

  /** One schedule as {@code GET /schedules} lists it. */
  public static JsonObject schedule(String name) {
    Api.Answer answer = Api.get("schedules");
    assertEquals(200, answer.status(), answer.body());
    return answer.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no schedule " + name + " in " + answer.body()));
  }

  /** The schedule's latest runs, newest first. */
  public static List<JsonObject> runs(String name) {
    Api.Answer answer = Api.get("schedules/" + name + "/runs?size=200");
    assertEquals(200, answer.status(), answer.body());
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** Runs a schedule now and waits until its run reaches {@code status}; returns the run. */
  public static JsonObject runNowUntil(String name, String status) {
    Api.Answer run = Api.post("schedules/" + name + "/run", "");
    assertEquals(202, run.status(), run.body());
    String messageId = run.json().getString("messageId");
    await()
        .atMost(Handled.TIMEOUT)
        .until(() -> status.equals(runOf(name, messageId).getString("status")));
    return runOf(name, messageId);
  }

  /** The run that dispatched a message. */
  public static JsonObject runOf(String name, String messageId) {
    return runs(name).stream()
        .filter(run -> messageId.equals(run.getString("messageId", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no run of " + name + " sent " + messageId));
  }
}
