package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.HandlerStats;
import dev.courier.it.support.Transports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The probe pipeline ({@code courier.probe}: probe_start → probe_items → probe_finish, a join) run
 * end to end through the pipeline API: tracking, fan-out and join, failure and resume from the
 * store, live status as server-sent events, and a live update that expires.
 */
@ExtendWith(ArquillianExtension.class)
class PipelineIT {

  private static final String PROBE = "courier.probe";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers()
        .config("courier.transport.probe_items.retry.delay=100")
        .config("courier.transport.probe_items.retry.multiplier=1")
        .build();
  }

  private static String start(String input) {
    Api.Answer answer = Api.post("pipelines/" + PROBE + "/runs", input);
    assertEquals(202, answer.status(), answer.body());
    assertEquals(PROBE, answer.json().getString("pipeline"));
    return answer.json().getString("runId");
  }

  private static JsonObject run(String runId) {
    Api.Answer answer = Api.get("pipelines/runs/" + runId);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private static JsonObject awaitStatus(String runId, String status) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> run(runId).getString("status").equals(status));
    return run(runId);
  }

  private static JsonObject stage(JsonObject run, String name) {
    return run.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
        .filter(stage -> stage.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theProbePipelineIsListedWithItsStagesTransportsAndQueues() {
    Api.Answer answer = Api.get("pipelines");
    assertEquals(200, answer.status(), answer.body());
    JsonObject probe =
        answer.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("name").equals(PROBE))
            .findFirst()
            .orElseThrow();
    List<String> stages =
        probe.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("name") + ">" + s.getString("queue") + ">" + s.getBoolean("join"))
            .toList();
    assertEquals(
        List.of(
            "probe_start>courier.probe_start>false",
            "probe_items>courier.probe_items>false",
            "probe_finish>courier.probe_finish>true"),
        stages);
    for (String stage : List.of("probe_start", "probe_items", "probe_finish")) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Transports.of(stage).getInt("consumerCount") == 2);
    }
  }

  @Test
  void aRunGoesThroughEveryStageToDone() {
    String runId = start("{\"items\":3}");
    JsonObject run = awaitStatus(runId, "done");

    assertEquals(PROBE, run.getString("pipeline"));
    assertTrue(run.containsKey("finishedAt"), run.toString());
    for (String name : List.of("probe_start", "probe_items", "probe_finish")) {
      assertEquals("done", stage(run, name).getString("status"), run.toString());
    }
    assertEquals(3, stage(run, "probe_items").getInt("itemsDone"));
    assertEquals(3, stage(run, "probe_items").getInt("itemsTotal"));
    assertEquals(1, stage(run, "probe_finish").getInt("itemsDone"));
    Api.Answer listed = Api.get("pipelines/runs?pipeline=" + PROBE + "&status=done&size=500");
    assertEquals(200, listed.status(), listed.body());
    assertTrue(listed.body().contains("\"runId\":\"" + runId + "\""), listed.body());
  }

  @Test
  void fiftyItemsOnTwoConsumersAreJoinedExactlyOnce() {
    String runId = start("{\"items\":50}");
    JsonObject run = awaitStatus(runId, "done");

    JsonObject items = stage(run, "probe_items");
    assertEquals(50, items.getInt("itemsDone"), run.toString());
    assertEquals(50, items.getInt("itemsTotal"), run.toString());
    JsonObject finish = stage(run, "probe_finish");
    assertEquals(1, finish.getInt("itemsTotal"), run.toString());
    assertEquals(1, finish.getInt("attempts"), run.toString());
    Transports.awaitIdle("probe_finish");
    assertEquals(1, stage(run(runId), "probe_finish").getInt("itemsDone"));
  }

  @Test
  void aStageThatSpendsItsRetriesFailsTheRunAndARetryFromTheStoreResumesIt() {
    // Four failed attempts at the item stage: its first attempt and its three retries.
    String runId = start("{\"items\":1,\"failAt\":\"probe_items\",\"failTimes\":4}");
    JsonObject failed = awaitStatus(runId, "failed");

    JsonObject items = stage(failed, "probe_items");
    assertEquals("failed", items.getString("status"), failed.toString());
    assertTrue(items.getString("error").contains("failed at probe_items"), items.toString());
    assertEquals("pending", stage(failed, "probe_finish").getString("status"));
    String recordId = failureRecordOf(runId);

    assertEquals(202, Api.post("failed/" + recordId + "/retry", "").status());

    JsonObject done = awaitStatus(runId, "done");
    assertEquals(1, stage(done, "probe_items").getInt("itemsDone"), done.toString());
    assertEquals(5, stage(done, "probe_items").getInt("attempts"), done.toString());
    assertEquals("done", stage(done, "probe_finish").getString("status"));
  }

  @Test
  void anUnrecoverableFailureFailsTheRunAtOnce() {
    String runId = start("{\"failAt\":\"probe_start\",\"failTimes\":1,\"unrecoverable\":true}");
    JsonObject failed = awaitStatus(runId, "failed");

    assertEquals(1, stage(failed, "probe_start").getInt("attempts"), failed.toString());
    assertEquals("pending", stage(failed, "probe_items").getString("status"));
  }

  private static String failureRecordOf(String runId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> recordOf(runId) != null);
    return recordOf(runId);
  }

  private static String recordOf(String runId) {
    Api.Answer list = Api.get("failed?transport=probe_items&size=500");
    for (JsonObject record : list.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
      JsonObject detail = Api.get("failed/" + record.getString("id")).json();
      if (runId.equals(detail.getJsonObject("properties").getString("courier_run_id", ""))) {
        return record.getString("id");
      }
    }
    return null;
  }

  @Test
  void theEventStreamGivesTheStateThenEveryTransitionInOrder() {
    String runId = start("{\"items\":2,\"sleepMs\":300}");

    List<Event> events = events(runId);

    assertEquals("state", events.get(0).name(), events.toString());
    int seq = Integer.parseInt(events.get(0).id());
    List<String> transitions = new ArrayList<>();
    for (Event event : events.subList(1, events.size())) {
      seq++;
      assertEquals(Integer.toString(seq), event.id(), "consecutive: " + events);
      JsonObject data = Json.createReader(new StringReader(event.data())).readObject();
      transitions.add(
          event.name() + ":" + data.getString("stage", "run") + ":" + data.getString("status"));
    }
    List<String> all =
        List.of(
            "run:run:running",
            "stage:probe_start:running",
            "stage:probe_start:done",
            "stage:probe_items:running",
            "stage:probe_items:done",
            "stage:probe_finish:running",
            "stage:probe_finish:done",
            "run:run:done");
    int seen = Integer.parseInt(events.get(0).id());
    assertEquals(all.subList(seen, all.size()), transitions, events.toString());
    assertTrue(seen < all.size(), "the stream began before the run's end: " + events);

    List<Event> late = events(runId);
    assertEquals(1, late.size(), late.toString());
    assertTrue(late.get(0).data().contains("\"status\":\"done\""), late.toString());
  }

  private record Event(String name, String id, String data) {}

  /** Reads the run's event stream until the server ends it. */
  private static List<Event> events(String runId) {
    Api.Answer answer = Api.get("pipelines/runs/" + runId + "/events");
    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("text/event-stream"), answer.contentType());
    List<Event> events = new ArrayList<>();
    for (String block : answer.body().split("\n\n")) {
      String name = null;
      String id = null;
      StringBuilder data = new StringBuilder();
      for (String line : block.split("\n")) {
        if (line.startsWith("event:")) {
          name = line.substring(6).trim();
        } else if (line.startsWith("id:")) {
          id = line.substring(3).trim();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).trim());
        }
      }
      if (name != null) {
        events.add(new Event(name, id, data.toString()));
      }
    }
    return events;
  }

  @Test
  void anExpiredLiveUpdateIsNeverHandledAndIsCounted() {
    long expiredBefore = Transports.of("run_updates").getJsonNumber("messagesExpired").longValue();
    long handledBefore = handledRunUpdates();
    assertEquals(200, Api.post("transports/run_updates/pause", "").status());
    try {
      Api.Answer sent =
          Api.post(
              "messages",
              Json.createObjectBuilder()
                  .add("type", "courier.run-update")
                  .add(
                      "payload",
                      Json.createObjectBuilder()
                          .add("runId", UUID.randomUUID().toString())
                          .add("seq", 1))
                  .add("transport", "run_updates")
                  .add("ttlMs", 200)
                  .build());
      assertEquals(202, sent.status(), sent.body());
      Transports.awaitHeld("run_updates", 1);
      await().pollDelay(Duration.ofMillis(300)).until(() -> true);
    } finally {
      assertEquals(200, Api.post("transports/run_updates/resume", "").status());
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Transports.of("run_updates").getJsonNumber("messagesExpired").longValue()
                    == expiredBefore + 1);
    Transports.awaitIdle("run_updates");
    assertEquals(handledBefore, handledRunUpdates());
    assertTrue(
        Api.get("/courier/metrics")
            .body()
            .contains("courier_queue_expired_total{transport=\"run_updates\"}"));
  }

  private static long handledRunUpdates() {
    return HandlerStats.of("courier.run-update")
        .map(stats -> stats.getJsonNumber("handled").longValue())
        .orElse(0L);
  }

  @Test
  void badInputsAreProblemsAndStartNothing() {
    long runsBefore = runCount();
    Api.Answer unknown = Api.post("pipelines/nope/runs", "{}");
    assertEquals(404, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("courier.probe"), unknown.body());

    Api.Answer invalid = Api.post("pipelines/" + PROBE + "/runs", "{\"items\":-1}");
    assertEquals(400, invalid.status(), invalid.body());
    assertTrue(invalid.contentType().startsWith("application/problem+json"), invalid.contentType());
    assertTrue(invalid.body().contains("\"field\":\"input.items\""), invalid.body());
    Api.Answer unknownField = Api.post("pipelines/" + PROBE + "/runs", "{\"colour\":1}");
    assertEquals(400, unknownField.status(), unknownField.body());
    assertTrue(unknownField.body().contains("\"field\":\"input.colour\""), unknownField.body());

    assertEquals(400, Api.post("pipelines/" + PROBE + "/runs", "[1]").status());
    assertEquals(400, Api.post("pipelines/" + PROBE + "/runs", "{\"failAt\":\"x\"}").status());
    assertEquals(400, Api.get("pipelines/runs/not-a-uuid").status());
    assertEquals(404, Api.get("pipelines/runs/" + UUID.randomUUID()).status());
    assertEquals(404, Api.get("pipelines/runs/" + UUID.randomUUID() + "/events").status());
    Api.Answer badQuery = Api.get("pipelines/runs?status=finished&colour=red");
    assertEquals(400, badQuery.status(), badQuery.body());
    assertTrue(badQuery.body().contains("status"), badQuery.body());
    assertTrue(badQuery.body().contains("colour"), badQuery.body());
    assertEquals(403, Api.get(Api.User.OUTSIDER, "pipelines").status(), "an outsider may not look");
    assertEquals(runsBefore, runCount(), "no run was started");
  }

  private static long runCount() {
    Api.Answer answer = Api.get("pipelines/runs?size=1");
    assertEquals(200, answer.status(), answer.body());
    return answer.json().getJsonNumber("total").longValue();
  }
}
