package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.events.EventTestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import dev.courier.it.support.PythonAmqp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Python service (Qpid Proton, a real non-JVM AMQP 1.0 client) next to Courier: it dispatches
 * messages to {@code courier.dispatch}, publishes events to {@code courier.publish}, is a member of
 * a consumer group; what it sends broken ends in the failure store with the reason; a user without
 * a Courier role is refused.
 */
@ExtendWith(ArquillianExtension.class)
class AmqpEventsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return EventTestApp.deployment().build();
  }

  private static void sent(PythonAmqp.Run run) {
    assertEquals(0, run.exit(), run.output());
  }

  @Test
  void aPythonServiceDispatchesMessagesAsAStringOrAsJsonData() throws Exception {
    String asString = "amqp-" + UUID.randomUUID();
    String asData = "amqp-" + UUID.randomUUID();
    sent(
        PythonAmqp.send(
            Api.User.DISPATCHER,
            "courier.dispatch",
            "{\"text\":\"" + asString + "\"}",
            "courier_type=test.ping"));
    sent(
        PythonAmqp.send(
            Api.User.DISPATCHER,
            "courier.dispatch",
            "{\"text\":\"" + asData + "\"}",
            "--data-section",
            "courier_type=test.ping"));
    assertEquals("test.ping", Handled.awaitOnce(asString).getString("type"));
    assertEquals("normal", Handled.awaitOnce(asData).getString("transport"));
  }

  @Test
  void whatAPythonServiceSendsBrokenEndsInTheFailureStoreWithTheReason() throws Exception {
    record Broken(String body, String type, String reason) {}
    List<Broken> cases =
        List.of(
            new Broken("{\"text\":\"no type\"}", null, "courier_type is missing"),
            new Broken("{\"text\":\"x\"}", "no.such.type", "no.such.type"),
            new Broken("this is not json", "test.ping", "not JSON"),
            new Broken("[1,2]", "test.ping", "not a JSON object"),
            new Broken("{\"text\":\"\"}", "test.ping", "text"));
    for (Broken broken : cases) {
      String id = UUID.randomUUID().toString();
      List<String> options = new ArrayList<>(List.of("courier_id=" + id));
      if (broken.type() != null) {
        options.add("courier_type=" + broken.type());
      }
      sent(
          PythonAmqp.send(
              Api.User.DISPATCHER,
              "courier.dispatch",
              broken.body(),
              options.toArray(String[]::new)));
      JsonObject record = Failures.awaitRecord(id);
      assertEquals("dispatch", record.getString("transport"), record.toString());
      assertTrue(record.toString().contains(broken.reason()), record.toString());
    }
    // The consumer is not stuck: a good message after them is handled.
    String after = "amqp-after-" + UUID.randomUUID();
    sent(
        PythonAmqp.send(
            Api.User.DISPATCHER,
            "courier.dispatch",
            "{\"text\":\"" + after + "\"}",
            "courier_type=test.ping"));
    Handled.awaitOnce(after);
  }

  @Test
  void aPythonServicePublishesAnEventThatEveryGroupHandles() throws Exception {
    String id = UUID.randomUUID().toString();
    String dataSectionId = UUID.randomUUID().toString();
    sent(
        PythonAmqp.send(
            Api.User.DISPATCHER,
            "courier.publish",
            "{\"from\":\"python\"}",
            "courier_type=test.event",
            "courier_id=" + id,
            "courier_client_id=python-shop"));
    sent(
        PythonAmqp.send(
            Api.User.DISPATCHER,
            "courier.publish",
            "{\"from\":\"python data\"}",
            "--data-section",
            "courier_type=test.event",
            "courier_id=" + dataSectionId));
    for (String eventId : List.of(id, dataSectionId)) {
      for (String group : List.of("test-a", "test-b")) {
        await().atMost(Handled.TIMEOUT).until(() -> EventsIT.count(group, eventId) == 1);
      }
    }
    Api.Answer log = Api.get("events?clientId=python-shop");
    JsonObject logged = log.json().getJsonArray("items").getJsonObject(0);
    assertEquals(id, logged.getString("eventId"));
    assertEquals("python", logged.getJsonObject("data").getString("from"));

    String unknownId = UUID.randomUUID().toString();
    sent(
        PythonAmqp.send(
            Api.User.DISPATCHER,
            "courier.publish",
            "{}",
            "courier_type=no.such.event",
            "courier_id=" + unknownId));
    JsonObject record = Failures.awaitRecord(unknownId);
    assertEquals("publish", record.getString("transport"));
    assertTrue(record.toString().contains("known event types"), record.toString());
  }

  @Test
  void aPythonMemberOfAGroupReceivesItsEventsAsTheSeedsEnvelope() throws Exception {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      ids.add(EventsIT.publish("test.event", "{\"outside\":" + i + "}"));
    }
    PythonAmqp.Run run =
        PythonAmqp.receive(Api.User.DISPATCHER, "jms.queue.courier.group.test-outside", 1000, 5)
            .waitFor();
    assertEquals(0, run.exit(), run.output());
    List<JsonObject> events =
        run.messages().stream()
            .map(m -> Json.createReader(new StringReader(m.getString("body"))).readObject())
            .filter(e -> ids.contains(e.getString("event_id")))
            .toList();
    assertEquals(3, events.size(), run.output());
    for (JsonObject event : events) {
      assertEquals("test.event", event.getString("event_type"));
      assertTrue(event.getJsonObject("data").containsKey("outside"), event.toString());
      assertTrue(event.containsKey("timestamp"), event.toString());
    }
  }

  @Test
  void aPythonMemberSharesItsGroupWithTheJavaConsumers() throws Exception {
    PythonAmqp.Running python =
        PythonAmqp.receive(Api.User.DISPATCHER, "jms.queue.courier.group.test-a", 1000, 8);
    // Publish once it is a member: the group's two Java consumers and it.
    await()
        .atMost(Handled.TIMEOUT)
        .until(() -> EventsIT.figures("test-events", "test-a").getInt("consumers") == 3);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      ids.add(EventsIT.publish("test.event", "{\"shared\":" + i + "}"));
    }
    PythonAmqp.Run run = python.waitFor();
    assertEquals(0, run.exit(), run.output());
    Set<String> byPython =
        run.messages().stream()
            .map(m -> Json.createReader(new StringReader(m.getString("body"))).readObject())
            .map(e -> e.getString("event_id"))
            .filter(ids::contains)
            .collect(Collectors.toSet());
    Set<String> byJava =
        EventsIT.handled("test-a").stream().filter(ids::contains).collect(Collectors.toSet());
    assertTrue(!byPython.isEmpty(), "the Python member got none of " + ids);
    assertTrue(!byJava.isEmpty(), "the Java members got none of " + ids);
    Set<String> both = new HashSet<>(byPython);
    both.retainAll(byJava);
    assertEquals(Set.of(), both, "delivered to both");
    Set<String> all = new HashSet<>(byPython);
    all.addAll(byJava);
    assertEquals(ids, all);
  }

  @Test
  void aUserWithoutACourierRoleCanNeitherSendNorConsume() throws Exception {
    assertRefused(
        PythonAmqp.send(Api.User.OUTSIDER, "courier.publish", "{}", "courier_type=test.event"));
    assertRefused(
        PythonAmqp.send(Api.User.OUTSIDER, "courier.dispatch", "{}", "courier_type=test.ping"));
    assertRefused(
        PythonAmqp.receive(Api.User.OUTSIDER, "jms.queue.courier.group.test-outside", 1, 2)
            .waitFor());
    // A dispatcher may be a member of a group, not read Courier's own queues.
    assertRefused(
        PythonAmqp.receive(Api.User.DISPATCHER, "jms.queue.courier.normal", 1, 2).waitFor());
  }

  private static void assertRefused(PythonAmqp.Run run) {
    assertEquals(PythonAmqp.REFUSED, run.exit(), run.output());
    assertTrue(
        run.output().contains("not authorized") || run.output().contains("permission"),
        run.output());
  }
}
