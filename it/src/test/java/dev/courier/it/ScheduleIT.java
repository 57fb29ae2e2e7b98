package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Schedules;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduler on persistent EJB timers, for real: the cleanup schedule set by configuration to
 * every two seconds fires and dispatches its message, which removes probes past their retention
 * (two seconds here) and nothing younger; run-now; an unknown schedule.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers()
        .config("courier.schedule.cleanup.expression=*/2 * * * * *")
        .config("courier.probe.retention=PT3S")
        .build();
  }

  private static long cleanupsHandled() {
    return Api.get("stats/handlers").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(stats -> stats.getString("type").equals("courier.cleanup"))
        .mapToLong(stats -> stats.getJsonNumber("handled").longValue())
        .sum();
  }

  private static JsonObject cleanup() {
    Api.Answer answer = Api.get("schedules");
    assertEquals(200, answer.status(), answer.body());
    return answer.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("name").equals("cleanup"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theCleanupScheduleIsListedWithItsNextRun() {
    JsonObject cleanup = cleanup();
    assertEquals("*/2 * * * * *", cleanup.getString("expression"));
    assertTrue(cleanup.getBoolean("enabled"));
    assertEquals("courier.cleanup", cleanup.getString("messageType"));
    assertEquals("low", cleanup.getString("transport"));
    Instant next = Instant.parse(cleanup.getString("nextRun"));
    assertTrue(next.isAfter(Instant.now().minusSeconds(5)), next.toString());
  }

  @Test
  void aScheduleEveryTwoSecondsFiresAndDispatchesItsMessage() {
    long before = cleanupsHandled();
    await().atMost(Handled.TIMEOUT).until(() -> cleanupsHandled() >= before + 2);
  }

  @Test
  void aCleanupRunReportsWhatItRemovedByKind() {
    JsonObject handled = Schedules.runNowUntil("cleanup", "handled");
    assertEquals("run-now", handled.getString("kind"), handled.toString());
    assertTrue(handled.isNull("slot"), handled.toString());
    String detail = handled.getString("detail");
    for (String kind :
        List.of("failed=", "audit=", "probes=", "pipeline-runs=", "inbox=", "schedule-runs=")) {
      assertTrue(detail.contains(kind), detail);
    }
  }

  @Test
  void runNowDispatchesAtOnceAndAnUnknownScheduleIs404() {
    Api.Answer run = Api.post("schedules/cleanup/run", "");
    assertEquals(202, run.status(), run.body());
    assertEquals("low", run.json().getString("transport"));
    assertEquals(36, run.json().getString("messageId").length(), run.body());
    Api.Answer unknown = Api.post("schedules/no-such-schedule/run", "");
    assertEquals(404, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("no-such-schedule"), unknown.body());
    assertTrue(Api.get("audit?size=50").body().contains("schedule.run"));
  }

  @Test
  void aPausedScheduleHasNoNextRunUntilResumedAndBothAreAudited() {
    Api.Answer paused = Api.post("schedules/cleanup/pause", "");
    assertEquals(200, paused.status(), paused.body());
    try {
      assertTrue(paused.json().getBoolean("paused"));
      assertTrue(paused.json().isNull("nextRun"), paused.body());
      JsonObject listed = cleanup();
      assertTrue(listed.getBoolean("paused"));
      assertTrue(listed.isNull("nextRun"), listed.toString());
    } finally {
      Api.Answer resumed = Api.post("schedules/cleanup/resume", "");
      assertEquals(200, resumed.status(), resumed.body());
      assertFalse(resumed.json().getBoolean("paused"));
      assertFalse(resumed.json().isNull("nextRun"), resumed.body());
    }
    String audit = Api.get("audit?size=50").body();
    assertTrue(audit.contains("schedule.pause") && audit.contains("schedule.resume"), audit);
    assertEquals(404, Api.post("schedules/no-such-schedule/pause", "").status());
  }

  @Test
  void theCleanupRemovesProbesPastTheirRetentionAndKeepsYoungerFailures() {
    String failed = Failures.flaky(UUID.randomUUID().toString(), 1, "unrecoverable", "normal", 0);
    Failures.awaitRecord(failed);
    Api.Answer sent = Api.post("probes", "{\"transport\":\"high\"}");
    assertEquals(202, sent.status(), sent.body());
    String probe = sent.json().getString("id");
    await().atMost(Handled.TIMEOUT).until(() -> Api.get("probes/" + probe).status() == 200);
    await().atMost(Handled.TIMEOUT).until(() -> Api.get("probes/" + probe).status() == 404);
    assertEquals(1, Failures.recordsOf(failed).size());
    assertTrue(
        Schedules.runs("cleanup").stream()
            .filter(run -> run.containsKey("detail") && !run.isNull("detail"))
            .anyMatch(run -> run.getString("detail").matches(".*probes=[1-9].*")),
        "no cleanup run reported the probe it removed");
  }
}
