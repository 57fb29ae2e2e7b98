package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.events.GroupDeliveries;
import dev.courier.it.app.events.EventTestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events end to end over the HTTP API: every group gets every event, a group's consumers share
 * them, the inbox, pause and lag, the max-length, replay, the publishing switch, a handler's
 * follow-up event, the probe event, and bad input.
 */
@ExtendWith(ArquillianExtension.class)
class EventsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return EventTestApp.deployment().build();
  }

  static String publish(String type, String data) {
    return publish(Json.createObjectBuilder().add("type", type).add("data", parse(data)).build());
  }

  static String publish(JsonObject request) {
    Api.Answer answer = Api.post("events", request);
    assertEquals(202, answer.status(), answer.body());
    return answer.json().getString("eventId");
  }

  private static jakarta.json.JsonValue parse(String json) {
    return Json.createReader(new java.io.StringReader(json)).readValue();
  }

  static List<String> handled(String group) {
    Api.Answer answer = Api.get("test/events/" + group);
    assertEquals(200, answer.status(), answer.body());
    return answer.parse().asJsonArray().getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  static long count(String group, String eventId) {
    return handled(group).stream().filter(eventId::equals).count();
  }

  static JsonObject figures(String stream, String group) {
    Api.Answer answer = Api.get("events/streams");
    assertEquals(200, answer.status(), answer.body());
    JsonObject s =
        answer.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("stream").equals(stream))
            .findFirst()
            .orElseThrow();
    return s.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
        .filter(g -> g.getString("name").equals(group))
        .findFirst()
        .orElseThrow();
  }

  static long logged(String stream) {
    Api.Answer answer = Api.get("events/streams");
    return answer.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("stream").equals(stream))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("logged")
        .longValue();
  }

  static long seqOf(String eventId) {
    Api.Answer answer = Api.get("events?size=500&type=test.event");
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("eventId").equals(eventId))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("seq")
        .longValue();
  }

  @Test
  void everyGroupGetsEveryEventAndAGroupsConsumersShareThemWithoutDuplicates() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(publish("test.event", "{\"n\":" + i + "}"));
    }
    for (String group : List.of("test-a", "test-b")) {
      await().atMost(Handled.TIMEOUT).until(() -> new HashSet<>(handled(group)).containsAll(ids));
      for (String id : ids) {
        assertEquals(1, count(group, id), group + " handled " + id);
      }
      JsonObject figures = figures("test-events", group);
      assertEquals(2, figures.getInt("consumers"), figures.toString());
    }
    // test-outside has no consumer here: its share waits for its AMQP members.
    assertTrue(figures("test-events", "test-outside").getInt("lag") >= 20);
    String metrics = Api.get("/courier/metrics").body();
    assertTrue(
        metrics.contains(
            "courier_event_group_consumers{stream=\"test-events\",group=\"test-a\"} 2"),
        metrics);
    assertTrue(
        metrics.contains("courier_event_group_lag{stream=\"test-events\",group=\"test-outside\"}"),
        metrics);
  }

  @Test
  void anEventIdPublishedTwiceIsHandledOnceAndCountedAsADuplicate() {
    String id = UUID.randomUUID().toString();
    long before = figures("test-events", "test-a").getJsonNumber("duplicates").longValue();
    JsonObject event =
        Json.createObjectBuilder()
            .add("type", "test.event")
            .add("data", Json.createObjectBuilder().add("twice", true))
            .add("eventId", id)
            .build();
    assertEquals(id, publish(event));
    assertEquals(id, publish(event));
    await()
        .atMost(Handled.TIMEOUT)
        .until(
            () ->
                figures("test-events", "test-a").getJsonNumber("duplicates").longValue()
                    == before + 1);
    assertEquals(1, count("test-a", id));
    await().atMost(Handled.TIMEOUT).until(() -> count("test-b", id) == 1);
  }

  @Test
  void anInboxForgetsAnEventIdAfterItsRetention() {
    String id = UUID.randomUUID().toString();
    JsonObject event =
        Json.createObjectBuilder()
            .add("type", "test.event")
            .add("data", Json.createObjectBuilder().add("remembered", false))
            .add("eventId", id)
            .build();
    publish(event);
    await().atMost(Handled.TIMEOUT).until(() -> count("test-b", id) == 1);
    // Published again every 2 s: skipped as a duplicate until the retention has passed and the
    // trimmer (every 5 s) forgot the id; then handled once more, and remembered again.
    await()
        .atMost(Duration.ofMillis(EventTestApp.INBOX_RETENTION_MS + 30_000))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              publish(event);
              return count("test-b", id) == 2;
            });
    assertTrue(count("test-b", id) <= 2, handled("test-b").toString());
  }

  @Test
  void aPausedGroupBuildsLagAndDrainsOnResumeWhileOthersGoOn() {
    assertEquals(200, Api.post("events/groups/test-b/pause", "").status());
    try {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ids.add(publish("test.event", "{\"paused\":" + i + "}"));
      }
      await()
          .atMost(Handled.TIMEOUT)
          .until(() -> new HashSet<>(handled("test-a")).containsAll(ids));
      await()
          .atMost(Handled.TIMEOUT)
          .until(() -> figures("test-events", "test-b").getInt("lag") == 5);
      assertTrue(figures("test-events", "test-b").getBoolean("paused"));
      assertTrue(ids.stream().noneMatch(handled("test-b")::contains));
      assertEquals(200, Api.post("events/groups/test-b/resume", "").status());
      await()
          .atMost(Handled.TIMEOUT)
          .until(() -> new HashSet<>(handled("test-b")).containsAll(ids));
      await()
          .atMost(Handled.TIMEOUT)
          .until(() -> figures("test-events", "test-b").getInt("lag") == 0);
    } finally {
      Api.post("events/groups/test-b/resume", "");
    }
    String audit = Api.get("audit?size=100").body();
    assertTrue(audit.contains("events.group.pause"), audit);
    assertTrue(audit.contains("events.group.resume"), audit);
  }

  @Test
  void aGroupPastTheStreamsMaxLengthDropsItsOldestEventsAndCountsThem() {
    assertEquals(200, Api.post("events/groups/test-a/pause", "").status());
    List<String> ids = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        ids.add(publish("test.small", "{\"i\":" + i + "}"));
      }
      // The trimmer runs every 5 s: the log keeps the newest 3, the backlog loses the 3 oldest.
      await()
          .atMost(Handled.TIMEOUT)
          .until(() -> figures("test-small", "test-a").getJsonNumber("dropped").longValue() == 3);
      assertEquals(3, figures("test-small", "test-a").getInt("lag"));
      assertEquals(3, logged("test-small"));
    } finally {
      Api.post("events/groups/test-a/resume", "");
    }
    await()
        .atMost(Handled.TIMEOUT)
        .until(() -> new HashSet<>(handled("test-a")).containsAll(ids.subList(3, 6)));
    assertTrue(ids.subList(0, 3).stream().noneMatch(handled("test-a")::contains));
  }

  @Test
  void aReplayReachesOnlyItsGroupAndTheInboxSkipsWhatItHandled() {
    String handledBefore = publish("test.event", "{\"replay\":\"known\"}");
    String failedInA = publish("test.event", "{\"failOnceIn\":\"test-a\"}");
    await().atMost(Handled.TIMEOUT).until(() -> count("test-a", handledBefore) == 1);
    await().atMost(Handled.TIMEOUT).until(() -> count("test-b", failedInA) == 1);
    // The failure record names the group: test-a's copy, with test-a's own message id.
    JsonObject record = Failures.awaitRecord(GroupDeliveries.deliveryId("test-a", failedInA));
    assertEquals("test-a", record.getString("transport"));
    long duplicatesBefore =
        figures("test-events", "test-a").getJsonNumber("duplicates").longValue();

    Api.Answer replay =
        Api.post(
            "events/groups/test-a/replay",
            Json.createObjectBuilder()
                .add("stream", "test-events")
                .add("from", seqOf(handledBefore))
                .add("to", seqOf(failedInA))
                .build());
    assertEquals(202, replay.status(), replay.body());
    assertEquals(2, replay.json().getInt("replayed"));

    await().atMost(Handled.TIMEOUT).until(() -> count("test-a", failedInA) == 1);
    await()
        .atMost(Handled.TIMEOUT)
        .until(
            () ->
                figures("test-events", "test-a").getJsonNumber("duplicates").longValue()
                    == duplicatesBefore + 1);
    assertEquals(1, count("test-a", handledBefore));
    assertEquals(1, count("test-b", handledBefore));
    assertEquals(1, count("test-b", failedInA));
  }

  @Test
  void retryingAGroupsFailureRecordDeliversToThatGroupOnly() {
    String id = publish("test.event", "{\"failOnceIn\":\"test-b\"}");
    JsonObject record = Failures.awaitRecord(GroupDeliveries.deliveryId("test-b", id));
    assertEquals("test-b", record.getString("transport"));
    await().atMost(Handled.TIMEOUT).until(() -> count("test-a", id) == 1);
    Api.Answer retry = Api.post("failed/" + record.getString("id") + "/retry", "");
    assertEquals(202, retry.status(), retry.body());
    await().atMost(Handled.TIMEOUT).until(() -> count("test-b", id) == 1);
    assertEquals(1, count("test-a", id));
  }

  @Test
  void whilePublishingIsPausedAPublishIsRefusedWith503AndNothingIsKept() {
    long before = logged("test-events");
    assertEquals(200, Api.post("events/publishing/pause", "").status());
    try {
      Api.Answer refused =
          Api.post(
              "events",
              Json.createObjectBuilder()
                  .add("type", "test.event")
                  .add("data", Json.createObjectBuilder().add("paused", "publishing"))
                  .build());
      assertEquals(503, refused.status(), refused.body());
      assertTrue(
          refused.contentType().startsWith("application/problem+json"), refused.contentType());
      assertTrue(refused.body().contains("paused"), refused.body());
      assertEquals(before, logged("test-events"));
    } finally {
      assertEquals(200, Api.post("events/publishing/resume", "").status());
    }
    publish("test.event", "{\"after\":\"resume\"}");
    String audit = Api.get("audit?size=100").body();
    assertTrue(audit.contains("events.publishing.pause"), audit);
  }

  @Test
  void aHandlerPublishesAFollowUpEventInItsTransaction() {
    String id = publish("test.event", "{\"chain\":true}");
    await().atMost(Handled.TIMEOUT).until(() -> count("test-b", id) == 1);
    Api.Answer chained = Api.get("events?type=test.chained&clientId=test-b&size=500");
    assertEquals(200, chained.status(), chained.body());
    JsonObject followUp =
        chained.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getJsonObject("data").getString("from").equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals("test-chained", followUp.getString("stream"));
    await()
        .atMost(Handled.TIMEOUT)
        .until(() -> count("test-a", followUp.getString("eventId")) == 1);
  }

  @Test
  void theProbeEventReportsEachProbeGroup() {
    String id = publish("courier.probe.event", "{\"failTimes\":2,\"groups\":[\"probe-a\"]}");
    await()
        .atMost(Handled.TIMEOUT)
        .until(
            () ->
                Api.get("events/probes/" + id)
                    .json()
                    .getJsonArray("groups")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .allMatch(g -> g.getString("status").equals("handled")));
    List<JsonObject> groups =
        Api.get("events/probes/" + id).json().getJsonArray("groups").getValuesAs(JsonObject.class);
    assertEquals("probe-a", groups.get(0).getString("group"));
    assertEquals(3, groups.get(0).getInt("attempts"));
    assertEquals("probe-b", groups.get(1).getString("group"));
    assertEquals(1, groups.get(1).getInt("attempts"));
    assertEquals(404, Api.get("events/probes/" + UUID.randomUUID()).status());
  }

  @Test
  void theLogIsReadByStreamTypeClientAndPosition() {
    String first =
        publish(
            Json.createObjectBuilder()
                .add("type", "test.event")
                .add("data", 1)
                .add("clientId", "log-reader")
                .build());
    String second =
        publish(
            Json.createObjectBuilder()
                .add("type", "test.event")
                .add("data", "text")
                .add("clientId", "log-reader")
                .build());
    Api.Answer all = Api.get("events?stream=test-events&clientId=log-reader");
    assertEquals(200, all.status(), all.body());
    List<JsonObject> items = all.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(List.of(first, second), items.stream().map(e -> e.getString("eventId")).toList());
    assertEquals(1, items.get(0).getInt("data"));
    assertEquals("text", items.get(1).getString("data"));
    Api.Answer after =
        Api.get("events?clientId=log-reader&after=" + items.get(0).getJsonNumber("seq"));
    assertEquals(1, after.json().getInt("total"));
    assertEquals(second, after.json().getJsonArray("items").getJsonObject(0).getString("eventId"));
  }

  @Test
  void badInputIsRefusedWithAProblemThatSaysWhatWasWrong() {
    Api.Answer unknown = Api.post("events", "{\"type\":\"no.such.event\",\"data\":{}}");
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("test.event"), unknown.body());
    assertTrue(unknown.body().contains("sales_updated"), unknown.body());
    assertProblem(Api.post("events", "{\"type\":\"test.event\"}"), 400, "data");
    assertProblem(Api.post("events", "{\"data\":{}}"), 400, "type");
    assertProblem(
        Api.post("events", "{\"type\":\"test.event\",\"data\":{},\"extra\":1}"), 400, "extra");
    assertProblem(
        Api.post(
            "events",
            "{\"type\":\"test.event\",\"data\":{},\"eventId\":\"" + "x".repeat(201) + "\"}"),
        400,
        "eventId");
    assertProblem(Api.post("events", "[1,2]"), 400, "");
    assertProblem(Api.get("events?after=-1"), 400, "after");
    assertProblem(Api.get("events?colour=red"), 400, "colour");
    assertProblem(Api.post("events/groups/no-such-group/pause", ""), 404, "no-such-group");
    assertProblem(
        Api.post("events/groups/no-such-group/replay", "{\"stream\":\"test-events\"}"), 404, "");
    assertProblem(
        Api.post("events/groups/test-b/replay", "{\"stream\":\"test-small\"}"), 400, "test-small");
    assertProblem(
        Api.post("events/groups/test-b/replay", "{\"stream\":\"test-events\",\"from\":5,\"to\":2}"),
        400,
        "from");
    assertProblem(Api.post("events/groups/test-b/replay", "{}"), 400, "stream");
    assertEquals(
        403,
        Api.post(Api.User.DISPATCHER, "events/publishing/pause", "", "application/json").status());
    assertEquals(
        202,
        Api.post(
                Api.User.DISPATCHER,
                "events",
                "{\"type\":\"test.event\",\"data\":{\"by\":\"dispatcher\"}}",
                "application/json")
            .status());
  }

  private static void assertProblem(Api.Answer answer, int status, String mention) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertTrue(answer.body().contains(mention), answer.body());
  }
}
