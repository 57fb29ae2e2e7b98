package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Health;
import dev.courier.it.support.PythonAmqp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seeds' event chain as the reference EAR ships it (the README's walk-through): sales_updated
 * published over HTTP, secretmagic-group publishing features_updated, and a Python member of
 * analytics-group receiving it; groups without a member in the server do not hold readiness down.
 */
@ExtendWith(ArquillianExtension.class)
class EventExampleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers().withSourceExample().build();
  }

  @Test
  void salesUpdatedLeadsToFeaturesUpdatedWhichAPythonAnalyticsMemberReceives() throws Exception {
    Api.Answer published =
        Api.post(
            "events",
            "{\"type\":\"sales_updated\",\"clientId\":\"shop\",\"data\":{\"sku\":\"A-1\",\"qty\":3}}");
    assertEquals(202, published.status(), published.body());
    assertEquals("sales-updates", published.json().getString("stream"));
    String salesId = published.json().getString("eventId");

    await().atMost(Handled.TIMEOUT).until(() -> followUp(salesId) != null);
    JsonObject features = followUp(salesId);
    assertEquals("features-updates", features.getString("stream"));
    assertEquals("secretmagic", features.getString("clientId"));

    PythonAmqp.Run run =
        PythonAmqp.receive(Api.User.DISPATCHER, "jms.queue.courier.group.analytics-group", 1000, 5)
            .waitFor();
    assertEquals(0, run.exit(), run.output());
    List<JsonObject> received =
        run.messages().stream()
            .map(m -> Json.createReader(new StringReader(m.getString("body"))).readObject())
            .filter(e -> e.getString("event_id").equals(features.getString("eventId")))
            .toList();
    assertEquals(1, received.size(), run.output());
    assertEquals("features_updated", received.get(0).getString("event_type"));
    assertEquals(
        "A-1", received.get(0).getJsonObject("data").getJsonObject("input").getString("sku"));

    Health.Report ready = Health.ready();
    assertEquals(200, ready.status(), ready.body().toString());
    String consumers = ready.body().toString();
    assertTrue(consumers.contains("secretmagic-group"), consumers);
    assertTrue(consumers.contains("analytics-group"), consumers);
  }

  private static JsonObject followUp(String salesId) {
    return Api.get("events?type=features_updated&clientId=secretmagic&size=500")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getJsonObject("data").getString("source_event_id").equals(salesId))
        .findFirst()
        .orElse(null);
  }
}
