package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Management;
import dev.courier.it.support.Transports;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A paused transport keeps its messages until resumed, across a redeploy and a reload. */
@ExtendWith(ArquillianExtension.class)
class PauseResumeIT {

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  private static List<String> dispatchBulk(int count) {
    List<String> texts =
        IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
    texts.forEach(
        text ->
            assertEquals(
                202,
                Api.post(
                        "messages",
                        "{\"type\":\"test.bulk\",\"payload\":{\"text\":\"" + text + "\"}}")
                    .status()));
    return texts;
  }

  private static JsonObject post(String path) {
    Api.Answer answer = Api.post(path, "");
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  /** The paused queue holds the messages, delivers none of them, and none was handled. */
  private static void assertNoneHandled(List<String> texts) {
    Transports.awaitHeld("low", texts.size());
    assertTrue(texts.stream().allMatch(text -> Handled.of(text).isEmpty()));
  }

  @Test
  void aPausedTransportHoldsItsMessagesUntilResumedThenHandlesEachOnce() {
    assertTrue(post("transports/low/pause").getBoolean("paused"));
    List<String> texts;
    try {
      texts = dispatchBulk(5);
      assertNoneHandled(texts);
    } finally {
      assertFalse(post("transports/low/resume").getBoolean("paused"));
    }
    texts.forEach(Handled::awaitOnce);
    Transports.awaitIdle("low");
    texts.forEach(text -> assertEquals(1, Handled.of(text).size(), text));
  }

  @Test
  void thePauseSurvivesARedeployAndAReload() throws Exception {
    post("transports/low/pause");
    List<String> texts;
    try {
      new Management(management).execute("redeploy", "deployment", "courier.ear");
      awaitApi();
      texts = dispatchBulk(2);
      assertNoneHandled(texts);

      try {
        new Management(management).execute("reload");
      } catch (RuntimeException connectionClosedByTheReload) {
        // The management connection may drop while the server reloads.
      }
      awaitApi();
      assertNoneHandled(texts);
    } finally {
      post("transports/low/resume");
    }
    texts.forEach(Handled::awaitOnce);
  }

  @Test
  void anUnknownTransportIsA404Problem() {
    Api.Answer answer = Api.post("transports/urgent/pause", "");
    assertEquals(404, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"));
  }

  private static void awaitApi() {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> Api.get("failed/stats").status() == 200);
  }
}
