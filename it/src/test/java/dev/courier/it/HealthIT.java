package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Health;
import dev.courier.it.support.Management;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Courier's MicroProfile Health checks on the management interface, UP and DOWN. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

  private static final List<String> READINESS =
      List.of(
          "courier-broker",
          "courier-database",
          "courier-consumers",
          "courier-failure-backlog",
          "courier-build");

  @ArquillianResource ManagementClient client;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers().config("courier.health.failure-backlog.max=1").build();
  }

  @BeforeEach
  void emptyFailureStore() {
    assertEquals(200, Api.post("failed/remove", "{}").status());
  }

  private static JsonObject check(Health.Report report, String name) {
    return report.check(name).orElseThrow(() -> new AssertionError(name + " in " + report));
  }

  @Test
  void everyCheckIsUpOnAHealthyNode() {
    Health.Report ready = Health.ready();

    assertEquals(200, ready.status(), ready.body().toString());
    assertEquals("UP", ready.outcome());
    for (String name : READINESS) {
      assertEquals("UP", check(ready, name).getString("status"), name);
    }
    JsonObject consumers = check(ready, "courier-consumers").getJsonObject("data");
    assertEquals("8 consumers, breaker closed", consumers.getString("high"));
    assertEquals("H2 or PostgreSQL", databaseKind(check(ready, "courier-database")));

    Health.Report live = Health.live();
    assertEquals(200, live.status());
    assertEquals("UP", check(live, "courier-live").getString("status"));
  }

  private static String databaseKind(JsonObject check) {
    String database = check.getJsonObject("data").getString("database");
    return database.equals("H2") || database.equals("PostgreSQL") ? "H2 or PostgreSQL" : database;
  }

  @Test
  void aTransportWithoutConsumersMakesTheNodeNotReady() {
    Management management = new Management(client);
    management.delivery("LowPriorityConsumer", false);
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> Health.ready().status() == 503);
      JsonObject consumers = check(Health.ready(), "courier-consumers");
      assertEquals("DOWN", consumers.getString("status"));
      assertEquals("no consumer on low", consumers.getJsonObject("data").getString("reason"));
    } finally {
      management.delivery("LowPriorityConsumer", true);
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> Health.ready().status() == 200);
  }

  @Test
  void aPausedTransportIsNotCountedAsMissingConsumers() {
    assertEquals(200, Api.post("transports/low/pause", "").status());
    try {
      Health.Report ready = Health.ready();
      assertEquals(200, ready.status(), ready.body().toString());
      assertTrue(
          check(ready, "courier-consumers")
              .getJsonObject("data")
              .getString("low")
              .contains("paused"));
    } finally {
      assertEquals(200, Api.post("transports/low/resume", "").status());
    }
  }

  @Test
  void aFailureBacklogAtItsMaximumMakesTheNodeNotReadyUntilCleared() {
    String id = Failures.flaky(UUID.randomUUID().toString(), 1, "unrecoverable", "normal", 0);
    Failures.awaitRecord(id);

    Health.Report ready = Health.ready();
    assertEquals(503, ready.status());
    JsonObject backlog = check(ready, "courier-failure-backlog");
    assertEquals("DOWN", backlog.getString("status"));
    assertEquals(1, backlog.getJsonObject("data").getInt("failed"));
    assertEquals(1, backlog.getJsonObject("data").getInt("max"));
    assertTrue(
        backlog.getJsonObject("data").getString("reason").contains("failure-backlog.max"),
        backlog.toString());

    assertEquals(200, Api.post("failed/remove", "{}").status());
    assertEquals(200, Health.ready().status());
  }
}
