package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import dev.courier.it.support.HandlerStats;
import dev.courier.it.support.Health;
import dev.courier.it.support.Management;
import dev.courier.it.support.RawMessages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The build-version guard during a rolling deploy: messages stamped by a newer build (here sent as
 * a node of that build would send them) are put back, uncharged, for a newer node; this node then
 * reports itself stale. Messages from the same or older builds, or without a build version, are
 * handled.
 */
@ExtendWith(ArquillianExtension.class)
class BuildGuardIT {

  private static final String NEWER_BUILD = "29991231T235959Z-0newer0";

  @ArquillianResource ManagementClient client;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers().config("courier.build-guard.delay=300").build();
  }

  private static String sendPing(String type, String build, String text) {
    String id = UUID.randomUUID().toString();
    RawMessages.send(
        "courier.normal",
        type,
        id,
        Json.createObjectBuilder().add("text", text).build().toString(),
        build);
    return id;
  }

  @Test
  void messagesOfOlderBuildsOrWithoutAVersionAreHandled() {
    String older = UUID.randomUUID().toString();
    String unversioned = UUID.randomUUID().toString();
    sendPing("test.ping", "20000101T000000Z-0older0", older);
    sendPing("test.ping", "hand-made", unversioned);

    Handled.awaitOnce(older);
    Handled.awaitOnce(unversioned);
  }

  @Test
  void aMessageFromANewerBuildIsPutBackAndTheNodeReportsItselfStale() {
    String text = UUID.randomUUID().toString();
    String id = sendPing("test.ping-v2", NEWER_BUILD, text);
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> Health.ready().status() == 503);
      JsonObject build = Health.ready().check("courier-build").orElseThrow().getJsonObject("data");
      assertEquals(NEWER_BUILD, build.getString("newestBuildSeen"));
      assertTrue(build.getString("reason").contains("newer build"), build.toString());
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> HandlerStats.deferred("test.ping-v2", "newer-build") >= 2);

      // Put back, not handled, not stored as undecodable though this node does not know its type.
      assertTrue(Failures.recordsOf(id).isEmpty());
      assertTrue(
          Api.get("/courier/metrics")
              .body()
              .contains(
                  "courier_messages_deferred_total{type=\"test.ping-v2\",transport=\"normal\","
                      + "reason=\"newer-build\"}"));
    } finally {
      removeFromQueue(id);
    }
    // This node's own messages still flow.
    String own = UUID.randomUUID().toString();
    Handled.dispatchPing(own);
    Handled.awaitOnce(own);
  }

  /** Takes the newer build's message off the queue, so no later test meets it. */
  private void removeFromQueue(String id) {
    Management management = new Management(client);
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              ModelNode remove =
                  Management.operation(
                      "remove-messages",
                      "subsystem",
                      "messaging-activemq",
                      "server",
                      "default",
                      "jms-queue",
                      "courier.normal");
              remove.get("filter").set("courier_id='" + id + "'");
              return management.execute(remove).asInt() > 0;
            });
  }
}
