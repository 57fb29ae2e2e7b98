package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import jakarta.json.Json;
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
 * The admin API of the failure store: list, show, retry, remove, bulk operations, stats, groups.
 */
@ExtendWith(ArquillianExtension.class)
class FailureStoreIT {

  private static final String IO = "java.io.UncheckedIOException";
  private static final String UNRECOVERABLE = "dev.courier.handler.UnrecoverableMessageException";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static String unique() {
    return UUID.randomUUID().toString();
  }

  /**
   * Stores a message that fails three times with an UncheckedIOException on low, then would
   * succeed.
   */
  private static String storedIoFailure(String text) {
    String id = Failures.flaky(text, 3, "io", "low", 0);
    return Failures.awaitRecord(id).getString("id");
  }

  private static String storedUnrecoverable(String text) {
    String id = Failures.flaky(text, 1_000, "unrecoverable", "high", 0);
    return Failures.awaitRecord(id).getString("id");
  }

  private static void removeAllIoFailures() {
    assertEquals(
        200,
        Api.post("failed/remove", Json.createObjectBuilder().add("errorClass", IO).build())
            .status());
  }

  @Test
  void aBulkRetryByFilterAnswersADryRunThenSendsEveryMatchAgain() {
    removeAllIoFailures();
    String since = Instant.now().toString();
    List<String> texts = List.of(unique(), unique(), unique());
    texts.forEach(FailureStoreIT::storedIoFailure);
    JsonObject filter =
        Json.createObjectBuilder()
            .add("errorClass", IO)
            .add("failedAfter", since)
            .add("transport", "low")
            .build();

    Api.Answer dryRun =
        Api.post("failed/retry", Json.createObjectBuilder(filter).add("dryRun", true).build());
    assertEquals(202, dryRun.status(), dryRun.body());
    assertEquals(3, dryRun.json().getInt("count"));
    assertTrue(dryRun.json().getBoolean("dryRun"));
    assertEquals(
        3, Api.get("failed?errorClass=" + IO + "&failedAfter=" + since).json().getInt("total"));

    Api.Answer retry = Api.post("failed/retry", filter);
    assertEquals(202, retry.status(), retry.body());
    assertEquals(3, retry.json().getInt("count"));
    texts.forEach(Handled::awaitOnce);
    await()
        .atMost(Handled.TIMEOUT)
        .until(
            () ->
                Api.get("failed?errorClass=" + IO + "&failedAfter=" + since).json().getInt("total")
                    == 0);
  }

  @Test
  void failuresAreGroupedByFingerprintAndRetriedByGroup() {
    removeAllIoFailures();
    String first = unique();
    String second = unique();
    List<String> records = List.of(storedIoFailure(first), storedIoFailure(second));

    JsonObject group =
        Api.get("failed/groups").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(g -> g.getString("errorClass").equals(IO))
            .findFirst()
            .orElseThrow();
    assertEquals("test.flaky", group.getString("type"));
    assertEquals(2, group.getInt("count"));
    assertTrue(records.contains(group.getString("sampleId")), group.toString());
    assertFalse(group.getString("firstAt").isBlank());
    assertFalse(group.getString("lastAt").isBlank());

    Api.Answer retry =
        Api.post(
            "failed/retry",
            Json.createObjectBuilder().add("fingerprint", group.getString("fingerprint")).build());
    assertEquals(202, retry.status(), retry.body());
    assertEquals(2, retry.json().getInt("count"));
    Handled.awaitOnce(first);
    Handled.awaitOnce(second);
  }

  @Test
  void aRecordIsRemovedAloneOrByFilter() {
    String one = storedUnrecoverable(unique());
    String other = storedUnrecoverable(unique());

    assertEquals(204, Api.delete("failed/" + one).status());
    assertEquals(404, Api.get("failed/" + one).status());
    assertEquals(404, Api.delete("failed/" + one).status());

    Api.Answer dryRun =
        Api.post(
            "failed/remove",
            Json.createObjectBuilder()
                .add("ids", Json.createArrayBuilder().add(other))
                .add("dryRun", true)
                .build());
    assertEquals(1, dryRun.json().getInt("count"));
    assertEquals(200, Api.get("failed/" + other).status());
    Api.Answer removed =
        Api.post(
            "failed/remove",
            Json.createObjectBuilder().add("ids", Json.createArrayBuilder().add(other)).build());
    assertEquals(200, removed.status(), removed.body());
    assertEquals(1, removed.json().getInt("count"));
    assertEquals(404, Api.get("failed/" + other).status());
  }

  @Test
  void statsCountRecordsByTypeTransportAndErrorClass() {
    storedUnrecoverable(unique());

    JsonObject stats = Api.get("failed/stats").json();
    assertTrue(stats.getInt("total") >= 1, stats.toString());
    assertTrue(stats.getJsonObject("byType").getInt("test.flaky") >= 1, stats.toString());
    assertTrue(stats.getJsonObject("byTransport").getInt("high") >= 1, stats.toString());
    assertTrue(stats.getJsonObject("byErrorClass").getInt(UNRECOVERABLE) >= 1, stats.toString());
    assertEquals(
        stats.getInt("total"),
        stats.getJsonObject("byTransport").values().stream()
            .mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue())
            .sum());
  }

  @Test
  void theListIsFilteredPagedAndNewestFirst() {
    String since = Instant.now().toString();
    String older = storedUnrecoverable(unique());
    String newer = storedUnrecoverable(unique());

    JsonObject page =
        Api.get(
                "failed?transport=high&type=test.flaky&errorClass="
                    + UNRECOVERABLE
                    + "&failedAfter="
                    + since
                    + "&size=1")
            .json();
    assertEquals(2, page.getInt("total"));
    assertEquals(1, page.getJsonArray("items").size());
    assertEquals(newer, page.getJsonArray("items").getJsonObject(0).getString("id"));
    JsonObject second =
        Api.get(
                "failed?transport=high&errorClass="
                    + UNRECOVERABLE
                    + "&failedAfter="
                    + since
                    + "&size=1&page=1")
            .json();
    assertEquals(older, second.getJsonArray("items").getJsonObject(0).getString("id"));
    JsonObject item = page.getJsonArray("items").getJsonObject(0);
    for (String field :
        List.of("id", "messageId", "type", "transport", "errorClass", "errorMessage", "failedAt")) {
      assertTrue(item.containsKey(field), field + " missing in " + item);
    }
    assertEquals(1, item.getInt("attempts"));
    assertEquals(
        0,
        Api.get("failed?failedAfter=" + since + "&failedBefore=" + since).json().getInt("total"));
  }

  @Test
  void adminActionsAreAuditedWithWhoWhatAndHowMany() {
    String retried = storedUnrecoverable(unique());
    String removed = storedUnrecoverable(unique());

    Api.post("failed/" + retried + "/retry", "");
    Api.delete("failed/" + removed);
    Api.post(
        "failed/remove",
        Json.createObjectBuilder().add("ids", Json.createArrayBuilder().add(unique())).build());
    Api.post(
        "failed/retry",
        Json.createObjectBuilder().add("type", "no.such.type").add("dryRun", true).build());

    JsonObject audit = Api.get("audit?size=3").json();
    assertTrue(audit.getInt("total") >= 3, audit.toString());
    List<JsonObject> items = audit.getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("failed.remove-bulk", "failed.remove", "failed.retry"),
        items.stream().map(i -> i.getString("action")).toList());
    items.forEach(item -> assertEquals("it-admin", item.getString("actor")));
    assertEquals(retried, items.get(2).getString("target"));
    assertEquals(1, items.get(2).getInt("count"));
    assertEquals(removed, items.get(1).getString("target"));
    assertEquals(0, items.get(0).getInt("count"));
    assertFalse(items.get(0).getString("at").isBlank());
  }

  @Test
  void badAdminRequestsAreProblems() {
    String uuid = unique();
    assertProblem(Api.get("failed?failedAfter=yesterday"), 400);
    assertProblem(Api.get("failed?page=-1"), 400);
    assertProblem(Api.get("failed?size=0"), 400);
    assertProblem(Api.get("failed?size=501"), 400);
    assertProblem(Api.get("failed?size=ten"), 400);
    assertProblem(Api.get("failed?transport=nope"), 400);
    assertProblem(Api.get("failed?colour=red"), 400);
    assertProblem(Api.get("failed/not-a-uuid"), 400);
    assertProblem(Api.get("failed/" + uuid), 404);
    assertProblem(Api.post("failed/" + uuid + "/retry", ""), 404);
    assertProblem(Api.post("failed/not-a-uuid/retry", ""), 400);
    assertProblem(Api.delete("failed/not-a-uuid"), 400);
    assertProblem(Api.post("failed/retry", "{\"dryRun\":\"yes\"}"), 400);
    assertProblem(Api.post("failed/retry", "{\"ids\":[\"x\"]}"), 400);
    assertProblem(Api.post("failed/retry", "{\"colour\":1}"), 400);
    assertProblem(Api.post("failed/retry", "{\"failedBefore\":\"2026-13-01\"}"), 400);
    assertProblem(Api.post("failed/retry", "{\"transport\":5}"), 400);
    assertProblem(Api.post("failed/retry", "[]"), 400);
    assertProblem(Api.post("failed/retry", "{\"ids\":"), 400);
    assertProblem(Api.post("failed/remove", "{}", "text/plain"), 415);
  }

  private static void assertProblem(Api.Answer answer, int status) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertEquals(status, answer.json().getInt("status"));
  }
}
