package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.Staged;
import dev.courier.it.app.StagedHandler;
import dev.courier.it.app.TestApp;
import dev.courier.it.app.TestStage;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Health;
import dev.courier.it.support.Transports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pipeline stage declared by an application — a configuration line and one consumer class — is a
 * transport like the built-in ones: its own queue and MDB pool, listed, paused, checked for
 * consumers.
 */
@ExtendWith(ArquillianExtension.class)
class StageTransportIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers()
        .ejb(Staged.class, StagedHandler.class, TestStage.class)
        .config("courier.pipeline.test.stages=test_stage")
        .config("courier.pipeline.undeclared.stages=test_undeclared")
        .config("courier.routing.test.staged=test_stage")
        .config("courier.transport.test_stage.retry.max=5")
        .build();
  }

  private static String dispatch() {
    return dispatch(UUID.randomUUID().toString());
  }

  private static String dispatch(String text) {
    Api.Answer answer =
        Api.post(
            "messages",
            Json.createObjectBuilder()
                .add("type", "test.staged")
                .add("payload", Json.createObjectBuilder().add("text", text))
                .build());
    assertEquals(202, answer.status(), answer.body());
    assertEquals("test_stage", answer.json().getString("transport"));
    return answer.json().getString("id");
  }

  @Test
  void theStageIsATransportWithItsOwnQueueAndConsumers() {
    JsonObject stage = Transports.of("test_stage");

    assertEquals("courier.test_stage", stage.getString("queue"));
    assertEquals(2, stage.getInt("concurrency"));
    assertEquals(5, stage.getJsonObject("retry").getInt("max"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Transports.of("test_stage").getInt("consumerCount") == 2);
    assertTrue(
        Api.get("transports").body().contains("\"name\":\"test_stage\""), "listed with the others");
  }

  @Test
  void aMessageRoutedToTheStageIsHandledByItsPoolAndCountedInTheMetrics() {
    String text = UUID.randomUUID().toString();
    dispatch(text);
    JsonObject handled = Handled.awaitOnce(text);

    assertEquals("test_stage", handled.getString("transport"));
    String metrics = Api.get("/courier/metrics").body();
    assertTrue(
        metrics.contains(
            "courier_messages_handled_total{type=\"test.staged\",transport=\"test_stage\"}"),
        metrics);
    assertTrue(metrics.contains("courier_queue_consumers{transport=\"test_stage\"} 2"), metrics);
  }

  @Test
  void aPausedStageHoldsItsMessagesUntilResumed() {
    assertEquals(200, Api.post("transports/test_stage/pause", "").status());
    String text = UUID.randomUUID().toString();
    try {
      dispatch(text);
      Transports.awaitHeld("test_stage", 1);
      assertTrue(Handled.of(text).isEmpty());
    } finally {
      assertEquals(200, Api.post("transports/test_stage/resume", "").status());
    }
    Handled.awaitOnce(text);
  }

  @Test
  void aStageWithoutItsConsumerClassMakesReadinessDown() {
    Health.Report ready = Health.ready();
    JsonObject consumers = ready.check("courier-consumers").orElseThrow();

    assertEquals("DOWN", consumers.getString("status"), consumers.toString());
    assertEquals(
        "no consumer on test_undeclared", consumers.getJsonObject("data").getString("reason"));
    assertEquals(0, Transports.of("test_undeclared").getInt("consumerCount"));
  }

  @Test
  void readinessCountsTheStagesConsumers() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "2 consumers, breaker closed"
                    .equals(
                        Health.ready()
                            .check("courier-consumers")
                            .orElseThrow()
                            .getJsonObject("data")
                            .getString("test_stage", "")));
  }

  @Test
  void aStageHandlerEmitsTheNextMessageWhichCarriesTheChainsId() {
    String next = UUID.randomUUID().toString();
    String id = dispatch("emit:" + next);

    JsonObject handled = Handled.awaitOnce(next);
    assertEquals("test.bulk", handled.getString("type"));
    assertEquals("low", handled.getString("transport"));
    assertEquals(id, handled.getString("correlationId"), "the first message's id names the chain");
  }

  @Test
  void whatAFailedStageEmittedIsNeverSent() {
    String next = UUID.randomUUID().toString();
    String id = dispatch("emit-then-fail:" + next);

    Failures.awaitRecord(id);
    // The emitted message would have been sent in the transaction that stored the failure.
    Transports.awaitIdle("low");
    assertTrue(Handled.of(next).isEmpty());
  }

  @Test
  void anInvalidEmittedMessageFailsTheStageUnrecoverably() {
    String id = dispatch("emit-invalid " + UUID.randomUUID());

    JsonObject record = Failures.awaitRecord(id);
    assertEquals(
        "dev.courier.handler.UnrecoverableMessageException", record.getString("errorClass"));
    assertTrue(record.getString("errorMessage").contains("payload.text"), record.toString());
    assertEquals(1, record.getInt("attempts"));
  }
}
