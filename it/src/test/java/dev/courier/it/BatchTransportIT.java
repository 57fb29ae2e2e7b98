package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Transports;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch transport: its workers take many deliveries per transaction, and each message is still
 * handled, retried and stored as on any other transport (TestApp: batch retries 3 times after 100
 * ms).
 */
@ExtendWith(ArquillianExtension.class)
class BatchTransportIT {

  private static final String BATCH = "batch";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static String unique() {
    return UUID.randomUUID().toString();
  }

  @Test
  void everyMessageOfABurstIsHandledOnce() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text = unique();
      texts.add(text);
      Failures.flaky(text, 0, "recoverable", BATCH, 0);
    }

    Set<String> waiting = new HashSet<>(texts);
    await()
        .atMost(Handled.TIMEOUT)
        .until(
            () -> {
              waiting.removeIf(text -> !Handled.of(text).isEmpty());
              return waiting.isEmpty();
            });
    Transports.awaitIdle(BATCH);
    for (String text : texts) {
      List<JsonObject> handled = Handled.of(text);
      assertEquals(1, handled.size(), handled.toString());
      assertEquals(BATCH, handled.get(0).getString("transport"), handled.toString());
    }
    assertEquals(2, Transports.of(BATCH).getInt("consumerCount"));
  }

  @Test
  void aFailingMessageIsRetriedThenHandledAndItsBatchMatesAreNotHeldBack() {
    String flaky = unique();
    String id = Failures.flaky(flaky, 2, "recoverable", BATCH, 0);
    String steady = unique();
    Failures.flaky(steady, 0, "recoverable", BATCH, 0);

    Handled.awaitOnce(steady);
    Handled.awaitOnce(flaky);
    List<JsonObject> calls = Failures.attempts(flaky);
    assertEquals(List.of(0, 1, 2), calls.stream().map(c -> c.getInt("attempt")).toList());
    assertTrue(Failures.recordsOf(id).isEmpty());
  }

  @Test
  void aFailingHandlersDatabaseWorkIsUndoneWithItsBatch() {
    String text = unique();
    // The handler records the message id in the inbox table, then fails on attempt 0: the row
    // rolls back with the batch, so attempt 1 finds no row and does the work.
    Api.Answer answer =
        Api.post(
            "messages",
            "{\"type\":\"test.once\",\"transport\":\"batch\",\"payload\":{\"text\":\""
                + text
                + "\",\"failFirst\":true}}");
    assertEquals(202, answer.status(), answer.body());

    JsonObject handled = Handled.awaitOnce(text);
    assertEquals(BATCH, handled.getString("transport"));
    assertEquals(2, Handled.of("delivered:" + text).size());
  }

  @Test
  void aMessageWhoseRetriesAreSpentIsStoredWithTheErrorOfEveryAttempt() {
    String text = unique();
    String id = Failures.flaky(text, 1_000, "recoverable", BATCH, 0);

    JsonObject record = Failures.awaitRecord(id);
    assertEquals(4, record.getInt("attempts"));
    assertEquals(BATCH, record.getString("transport"));
    List<JsonObject> errors = record.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertEquals(List.of(0, 1, 2, 3), errors.stream().map(e -> e.getInt("attempt")).toList());
    for (int attempt = 0; attempt < 4; attempt++) {
      JsonObject error = errors.get(attempt);
      assertTrue(
          error.getString("message").contains("flaky failure " + (attempt + 1)), error.toString());
      assertTrue(error.getString("stackTrace").contains("FlakyHandler"), error.toString());
    }
    assertTrue(
        !record.getJsonObject("properties").containsKey("courier_errors"),
        "the trail the retries carried is kept as the history, not as a property: " + record);
    Transports.awaitIdle(BATCH);
    assertEquals(4, Failures.attempts(text).size());
  }

  @Test
  void aBatchThatCannotBeRecordedRollsBackAndLosesNothing() {
    List<String> steady = new ArrayList<>();
    String failing = unique();
    String id;
    assertEquals(200, Api.post("test/failure-store/offline", "").status());
    try {
      id = Failures.flaky(failing, 1_000, "unrecoverable", BATCH, 0);
      for (int i = 0; i < 20; i++) {
        String text = unique();
        steady.add(text);
        Failures.flaky(text, 0, "recoverable", BATCH, 0);
      }
      // The failure cannot be recorded: its batch rolls back and the broker redelivers it.
      await().atMost(Duration.ofSeconds(20)).until(() -> Failures.attempts(failing).size() >= 2);
    } finally {
      assertEquals(200, Api.post("test/failure-store/online", "").status());
    }

    JsonObject record = Failures.awaitRecord(id);
    assertEquals(
        "dev.courier.handler.UnrecoverableMessageException", record.getString("errorClass"));
    for (String text : steady) {
      await().atMost(Handled.TIMEOUT).until(() -> !Handled.of(text).isEmpty());
    }
    Transports.awaitIdle(BATCH);
    assertEquals(1, Failures.recordsOf(id).size());
  }
}
