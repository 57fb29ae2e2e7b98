package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.app.schedule.SlowTick;
import dev.courier.it.app.schedule.SlowTickHandler;
import dev.courier.it.app.schedule.Tick;
import dev.courier.it.app.schedule.TickHandler;
import dev.courier.it.support.Api;
import dev.courier.it.support.Management;
import dev.courier.it.support.Schedules;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schedule runs on real timers: application schedules (by annotation and by configuration) listed
 * and firing; each run recorded with its message's outcome; a slot that comes while the previous
 * run's message is still being handled is skipped, never run twice at once; slots missed while the
 * server was down are caught up once.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleRunsIT {

  @ArquillianResource ManagementClient client;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers()
        .ejb(Tick.class, TickHandler.class, SlowTick.class, SlowTickHandler.class)
        .config("courier.schedule.tick-by-config.type=test.tick")
        .config("courier.schedule.tick-by-config.expression=0 0 1 1 1 *")
        .config("courier.schedule.late-after=PT3S")
        .build();
  }

  @Test
  void applicationSchedulesAreListedWithTheBuiltInOnes() {
    JsonObject tick = Schedules.schedule("tick");
    assertEquals("*/5 * * * * *", tick.getString("expression"));
    assertEquals("test.tick", tick.getString("messageType"));
    assertEquals("normal", tick.getString("transport"));
    JsonObject byConfig = Schedules.schedule("tick-by-config");
    assertEquals("test.tick", byConfig.getString("messageType"));
    assertEquals("0 0 1 1 1 *", byConfig.getString("expression"));
    assertFalse(byConfig.isNull("nextRun"));
    assertEquals("high", Schedules.schedule("slow-tick").getString("transport"));
    assertEquals(
        "courier.calculate-benchmarks",
        Schedules.schedule("calculate-benchmarks").getString("messageType"));
  }

  @Test
  void eachRunIsRecordedWithItsMessagesOutcome() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Schedules.runs("tick").stream()
                    .anyMatch(run -> "handled".equals(run.getString("status"))));
    JsonObject run =
        Schedules.runs("tick").stream()
            .filter(r -> "handled".equals(r.getString("status")))
            .findFirst()
            .orElseThrow();
    assertEquals("scheduled", run.getString("kind"), run.toString());
    assertEquals(36, run.getString("messageId").length(), run.toString());
    assertFalse(run.getString("node").isBlank(), run.toString());
    Instant slot = Instant.parse(run.getString("slot"));
    assertEquals(0, slot.getEpochSecond() % 5, run.toString());
    assertTrue(run.getJsonNumber("durationMs").longValue() >= 0, run.toString());
    JsonObject listed = Schedules.schedule("tick");
    assertFalse(listed.isNull("lastRun"), listed.toString());
    assertFalse(listed.isNull("lastStatus"), listed.toString());
  }

  @Test
  void aSlotWhileTheLastRunIsStillBeingHandledIsSkipped() {
    await()
        .atMost(Duration.ofSeconds(40))
        .until(
            () ->
                Schedules.runs("slow-tick").stream()
                    .anyMatch(run -> "skipped-overlap".equals(run.getString("status"))));
    await()
        .atMost(Duration.ofSeconds(40))
        .until(
            () ->
                Schedules.runs("slow-tick").stream()
                        .filter(run -> "handled".equals(run.getString("status")))
                        .count()
                    >= 2);
    List<JsonObject> sent =
        Schedules.runs("slow-tick").stream()
            .filter(run -> !run.isNull("messageId"))
            .sorted(Comparator.comparing(run -> run.getString("firedAt")))
            .toList();
    for (int i = 1; i < sent.size(); i++) {
      JsonObject previous = sent.get(i - 1);
      assertFalse(previous.isNull("finishedAt"), "a run started before this one ended: " + sent);
      assertFalse(
          Instant.parse(sent.get(i).getString("firedAt"))
              .isBefore(Instant.parse(previous.getString("finishedAt"))),
          "two runs at once: " + sent);
    }
    JsonObject skipped =
        Schedules.runs("slow-tick").stream()
            .filter(run -> "skipped-overlap".equals(run.getString("status")))
            .findFirst()
            .orElseThrow();
    assertTrue(skipped.isNull("messageId"), skipped.toString());
  }

  @Test
  void slotsMissedWhileTheServerWasDownAreCaughtUpOnce() {
    Management management = new Management(client);
    Instant stopped = Instant.now();
    ModelNode reload = Management.operation("reload");
    reload.get("start-mode").set("suspend");
    try {
      management.execute(reload);
    } catch (RuntimeException connectionClosedByTheReload) {
      // The management connection may drop while the server reloads.
    }
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> "SUSPENDED".equals(management.readAttribute("suspend-state").asString()));
    // Held down across at least two of tick's slots (every five seconds).
    Instant downUntil = stopped.plusSeconds(12);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> Instant.now().isAfter(downUntil));
    Instant resumed = Instant.now();
    management.execute("resume");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Schedules.runs("tick").stream()
                    .anyMatch(run -> "caught-up".equals(run.getString("kind"))));
    // The timer goes on from its next slot after the catch-up.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Schedules.runs("tick").stream()
                    .anyMatch(
                        run ->
                            "scheduled".equals(run.getString("kind"))
                                && Instant.parse(run.getString("firedAt")).isAfter(resumed)));
    List<JsonObject> sinceStop =
        Schedules.runs("tick").stream()
            .filter(run -> Instant.parse(run.getString("firedAt")).isAfter(stopped))
            .toList();
    assertEquals(
        1,
        sinceStop.stream().filter(run -> "caught-up".equals(run.getString("kind"))).count(),
        sinceStop.toString());
    JsonObject caughtUp =
        sinceStop.stream()
            .filter(run -> "caught-up".equals(run.getString("kind")))
            .findFirst()
            .orElseThrow();
    assertTrue(Instant.parse(caughtUp.getString("slot")).isBefore(resumed), caughtUp.toString());
    for (JsonObject run : sinceStop) {
      if (!"caught-up".equals(run.getString("kind"))) {
        assertTrue(
            Instant.parse(run.getString("slot")).isAfter(resumed.minusSeconds(1)),
            "a missed slot ran on its own: " + sinceStop);
      }
    }
  }

  @Test
  void badPagingAndUnknownSchedulesAreRefused() {
    Api.Answer negative = Api.get("schedules/tick/runs?page=-1");
    assertEquals(400, negative.status(), negative.body());
    assertTrue(negative.body().contains("page"), negative.body());
    Api.Answer unknownField = Api.get("schedules/tick/runs?colour=red");
    assertEquals(400, unknownField.status(), unknownField.body());
    Api.Answer unknown = Api.get("schedules/no-such-schedule/runs");
    assertEquals(404, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("no-such-schedule"), unknown.body());
  }
}
