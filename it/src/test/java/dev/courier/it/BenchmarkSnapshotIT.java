package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.app.schedule.Counted;
import dev.courier.it.app.schedule.CountedHandler;
import dev.courier.it.support.Api;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Schedules;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calculate-benchmarks schedule run now: its snapshot holds exactly the messages the test
 * handled and failed, readable by period, type and id; bad queries are refused.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkSnapshotIT {

  private static final int HANDLED = 5;
  private static final int FAILED = 2;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers().ejb(Counted.class, CountedHandler.class).build();
  }

  private static String send(int i, boolean fail) {
    Api.Answer answer =
        Api.post(
            "messages",
            Json.createObjectBuilder()
                .add("type", "test.counted")
                .add("transport", "normal")
                .add("payload", Json.createObjectBuilder().add("text", "m" + i).add("fail", fail))
                .build());
    assertEquals(202, answer.status(), answer.body());
    return answer.json().getString("id");
  }

  private static long countedOutcomes() {
    return Api.get("stats/handlers").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(stats -> stats.getString("type").equals("test.counted"))
        .mapToLong(
            stats ->
                stats.getJsonNumber("handled").longValue()
                    + stats.getJsonNumber("failed").longValue())
        .sum();
  }

  @Test
  void aSnapshotHoldsExactlyTheMessagesHandled() {
    for (int i = 0; i < HANDLED; i++) {
      send(i, false);
    }
    for (int i = 0; i < FAILED; i++) {
      send(HANDLED + i, true);
    }
    await().atMost(Handled.TIMEOUT).until(() -> countedOutcomes() == HANDLED + FAILED);

    String detail = Schedules.runNowUntil("calculate-benchmarks", "handled").getString("detail");
    assertTrue(detail.startsWith("snapshot "), detail);

    Api.Answer listed = Api.get("benchmarks?type=test.counted");
    assertEquals(200, listed.status(), listed.body());
    List<JsonObject> snapshots = listed.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(1, snapshots.size(), listed.body());
    JsonObject snapshot = snapshots.get(0);
    assertTrue(detail.startsWith("snapshot " + snapshot.getInt("id") + ":"), detail);
    List<JsonObject> figures = snapshot.getJsonArray("figures").getValuesAs(JsonObject.class);
    assertEquals(1, figures.size(), snapshot.toString());
    JsonObject figure = figures.get(0);
    assertEquals("test.counted", figure.getString("type"));
    assertEquals("normal", figure.getString("transport"));
    assertEquals(HANDLED, figure.getInt("handled"), figure.toString());
    assertEquals(FAILED, figure.getInt("failed"), figure.toString());
    assertEquals(0, figure.getInt("retried"), figure.toString());
    assertEquals(0, figure.getInt("deferred"), figure.toString());
    assertFalse(figure.isNull("p50Ms"), figure.toString());
    assertTrue(
        figure.getJsonNumber("p99Ms").doubleValue() >= figure.getJsonNumber("p50Ms").doubleValue());
    long peak = figure.getJsonNumber("peakHandledPerMinute").longValue();
    assertTrue(peak >= 1 && peak <= HANDLED, figure.toString());

    Api.Answer one = Api.get("benchmarks/" + snapshot.getInt("id"));
    assertEquals(200, one.status(), one.body());
    assertTrue(
        one.json().getJsonArray("figures").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                f -> f.getString("type").equals("test.counted") && f.getInt("handled") == HANDLED),
        one.body());
    String from = snapshot.getString("from");
    String to = snapshot.getString("to");
    assertEquals(
        1,
        Api.get("benchmarks?type=test.counted&from=" + from + "&to=" + to).json().getInt("total"));
    assertEquals(
        0,
        Api.get("benchmarks?type=test.counted&from=2999-01-01T00:00:00Z").json().getInt("total"));
  }

  @Test
  void badQueriesAreRefusedAndUnknownSnapshotsAre404() {
    Api.Answer badInstant = Api.get("benchmarks?from=yesterday");
    assertEquals(400, badInstant.status(), badInstant.body());
    assertTrue(badInstant.body().contains("from"), badInstant.body());
    Api.Answer backwards = Api.get("benchmarks?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z");
    assertEquals(400, backwards.status(), backwards.body());
    Api.Answer unknownField = Api.get("benchmarks?colour=red");
    assertEquals(400, unknownField.status(), unknownField.body());
    assertEquals(404, Api.get("benchmarks/999999999").status());
    Api.Answer notANumber = Api.get("benchmarks/abc");
    assertEquals(404, notANumber.status(), notANumber.body());
    assertTrue(
        notANumber.contentType().startsWith("application/problem+json"), notANumber.contentType());
  }
}
