package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import dev.courier.it.support.HandlerStats;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Handler stats over the API and the Prometheus metrics, with their bad requests. */
@ExtendWith(ArquillianExtension.class)
class StatsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static void ping() {
    String text = UUID.randomUUID().toString();
    Handled.dispatchPing(text);
    Handled.awaitOnce(text);
  }

  @Test
  void handledRetriedAndFailedMessagesAreCountedAndTimedPerType() {
    for (int i = 0; i < 3; i++) {
      ping();
    }
    String retried = UUID.randomUUID().toString();
    Failures.flaky(retried, 1, "recoverable", "normal", 0);
    Handled.awaitOnce(retried);
    Failures.awaitRecord(
        Failures.flaky(UUID.randomUUID().toString(), 1, "unrecoverable", "normal", 0));

    JsonObject ping = HandlerStats.of("test.ping").orElseThrow();
    assertTrue(ping.getInt("handled") >= 3, ping.toString());
    JsonObject sinceStart = ping.getJsonObject("sinceStart");
    assertTrue(sinceStart.getInt("count") >= 3, ping.toString());
    double p50 = sinceStart.getJsonNumber("p50Ms").doubleValue();
    double p95 = sinceStart.getJsonNumber("p95Ms").doubleValue();
    double p99 = sinceStart.getJsonNumber("p99Ms").doubleValue();
    assertTrue(0 < p50 && p50 <= p95 && p95 <= p99, ping.toString());
    assertTrue(ping.getJsonObject("lastFiveMinutes").getInt("count") >= 3, ping.toString());

    JsonObject flaky = HandlerStats.of("test.flaky").orElseThrow();
    assertTrue(flaky.getInt("handled") >= 1, flaky.toString());
    assertTrue(flaky.getInt("retried") >= 1, flaky.toString());
    assertTrue(flaky.getInt("failed") >= 1, flaky.toString());
    assertEquals(0, flaky.getJsonObject("deferred").getInt("rate-limit"));
  }

  /** Handler stats are per node: every answer names the node that gave it, problems included. */
  @Test
  void answersNameTheNodeThatGaveThem() {
    Api.Answer stats = Api.get("stats/handlers");
    Api.Answer problem = Api.get("stats/nowhere");

    assertEquals(200, stats.status(), stats.body());
    assertFalse(stats.node().isBlank(), "no Courier-Node header on the stats");
    assertEquals(404, problem.status(), problem.body());
    assertEquals(stats.node(), problem.node());
  }

  @Test
  void prometheusTextHasCountersHistogramsAndQueueFigures() {
    ping();
    Api.Answer metrics = Api.get("/courier/metrics");

    assertEquals(200, metrics.status());
    assertTrue(
        metrics.contentType().startsWith("text/plain; version=0.0.4"), metrics.contentType());
    String text = metrics.body();
    long handled =
        sample(text, "courier_messages_handled_total{type=\"test.ping\",transport=\"normal\"}");
    assertTrue(handled >= 1, text);
    long count =
        sample(
            text,
            "courier_handler_duration_seconds_count{type=\"test.ping\",transport=\"normal\"}");
    long infinite =
        sample(
            text,
            "courier_handler_duration_seconds_bucket{type=\"test.ping\",transport=\"normal\",le=\"+Inf\"}");
    assertEquals(count, infinite);
    assertTrue(count >= handled);
    for (String transport : new String[] {"high", "normal", "low"}) {
      assertTrue(text.contains("courier_queue_messages{transport=\"" + transport + "\"} "), text);
      assertTrue(
          text.contains(
              "courier_breaker_state{transport=\"" + transport + "\",state=\"closed\"} 1"),
          text);
    }
    assertTrue(text.contains("# TYPE courier_handler_duration_seconds histogram"), text);
    assertTrue(text.matches("(?s).*\ncourier_failure_store_messages \\d+\n.*"), text);
  }

  private static long sample(String text, String series) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)$").matcher(text);
    assertTrue(matcher.find(), series + " in\n" + text);
    return Long.parseLong(matcher.group(1));
  }

  @Test
  void metricsNeedAnAdmin() {
    Api.Answer anonymous = Api.get(Api.User.ANONYMOUS, "/courier/metrics");
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.challenge().startsWith("Basic"), anonymous.challenge());
    assertEquals(403, Api.get(Api.User.DISPATCHER, "/courier/metrics").status());
    assertEquals(403, Api.get(Api.User.DISPATCHER, "stats/handlers").status());
  }

  @Test
  void wrongMethodsAndPathsAreProblems() {
    Api.Answer post = Api.post("/courier/metrics", "{}");
    assertEquals(405, post.status(), post.body());
    assertTrue(post.contentType().startsWith("application/problem+json"), post.contentType());
    Api.Answer unknown = Api.get("stats/handlers/test.ping");
    assertEquals(404, unknown.status(), unknown.body());
    assertTrue(unknown.contentType().startsWith("application/problem+json"));
    Api.Answer delete = Api.delete("stats/handlers");
    assertEquals(405, delete.status(), delete.body());
    assertEquals(200, Api.get("stats/handlers").status());
  }
}
