package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Management;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Graceful shutdown under load: a suspended server lets the handlers under way finish and starts no
 * new ones; after a reload every message is handled, once. The normal transport gets no retries
 * here, so an attempt charged by the shutdown would land the probe in the failure store.
 */
@ExtendWith(ArquillianExtension.class)
class GracefulShutdownIT {

  private static final String QUEUE = "courier.normal";

  @ArquillianResource ManagementClient client;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers().config("courier.transport.normal.retry.max=0").build();
  }

  private static List<String> probes(int count, long sleepMs) {
    return IntStream.range(0, count)
        .mapToObj(
            i -> {
              Api.Answer answer =
                  Api.post("probes", "{\"transport\":\"normal\",\"sleepMs\":" + sleepMs + "}");
              assertEquals(202, answer.status(), answer.body());
              return answer.json().getString("id");
            })
        .toList();
  }

  private static JsonObject probe(String id) {
    Api.Answer answer = Api.get("probes/" + id);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private static long started(List<String> ids) {
    return ids.stream().filter(id -> probe(id).getInt("attempts") > 0).count();
  }

  private static void assertEachHandledOnce(List<String> ids) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> ids.stream().allMatch(id -> "handled".equals(probe(id).getString("status"))));
    for (String id : ids) {
      assertEquals(1, probe(id).getInt("attempts"), probe(id).toString());
    }
  }

  @Test
  void suspendedHandlersUnderWayFinishAndNoNewOneStarts() {
    Management management = new Management(client);
    List<String> ids = probes(10, 1_500);
    await().atMost(Duration.ofSeconds(10)).until(() -> started(ids) > 0);

    suspend(management);
    try {
      // When the suspend returns, the handlers under way have finished and the queue delivers
      // nothing more: the messages that were waiting wait still, none is out with a consumer.
      assertEquals(0, management.queueAttribute(QUEUE, "delivering-count"));
      assertTrue(
          management.queueAttribute(QUEUE, "message-count") > 0,
          "everything was handled before the suspend; nothing to check");
    } finally {
      management.execute("resume");
    }
    assertEachHandledOnce(ids);
  }

  @Test
  void afterASuspendAndARestartEveryMessageIsHandledOnce() {
    Management management = new Management(client);
    List<String> ids = probes(10, 1_000);
    await().atMost(Duration.ofSeconds(10)).until(() -> started(ids) > 0);

    suspend(management);
    assertTrue(management.queueAttribute(QUEUE, "message-count") > 0);
    reload(management);

    assertEachHandledOnce(ids);
  }

  @Test
  void anAttemptCutShortByARestartIsNotCharged() {
    Management management = new Management(client);
    List<String> ids = probes(2, 4_000);
    await().atMost(Duration.ofSeconds(10)).until(() -> started(ids) == ids.size());

    reload(management);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> ids.stream().allMatch(id -> "handled".equals(probe(id).getString("status"))));
    for (String id : ids) {
      assertEquals(0, Api.get("failed?messageId=" + id).json().getInt("total"));
    }
  }

  private static void suspend(Management management) {
    ModelNode suspend = Management.operation("suspend");
    suspend.get("suspend-timeout").set(30);
    management.execute(suspend);
  }

  private static void reload(Management management) {
    try {
      management.execute("reload");
    } catch (RuntimeException connectionClosedByTheReload) {
      // The management connection may drop while the server reloads.
    }
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> Api.get("failed/stats").status() == 200);
  }
}
