package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Management;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server serves at {@code /openapi} describes every endpoint the
 * deployment serves, as JAX-RS reports them through the management model, with its roles, its
 * request and response schemas and its problem answers.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  @ArquillianResource ManagementClient management;

  @Test
  void everyEndpointTheDeploymentServesIsDocumentedWithItsRoles() {
    Map<String, JsonObject> documented = documentedOperations();
    Set<String> served = servedEndpoints();

    assertFalse(served.isEmpty());
    assertEquals(served, documented.keySet());
    documented.forEach(
        (endpoint, operation) -> {
          List<String> roles = roles(operation);
          assertTrue(roles.contains("courier-admin"), endpoint + " " + roles);
        });
  }

  @Test
  void dispatchersMayDispatchProbeRunPipelinesAndPublishAndNothingElse() {
    documentedOperations()
        .forEach(
            (endpoint, operation) -> {
              boolean dispatching =
                  endpoint.startsWith("POST /courier/api/messages")
                      || endpoint.contains(" /courier/api/probes")
                      || endpoint.contains(" /courier/api/pipelines")
                      || endpoint.equals("POST /courier/api/events")
                      || endpoint.equals("GET /courier/api/events")
                      || endpoint.startsWith("GET /courier/api/events/probes/");
              assertEquals(
                  dispatching,
                  roles(operation).contains("courier-dispatch"),
                  endpoint + " " + roles(operation));
            });
  }

  @Test
  void requestsResponsesAndProblemsHaveTheirSchemas() {
    JsonObject document = document();
    JsonObject dispatch = operation(document, "/courier/api/messages", "post");

    assertEquals(
        Set.of(
            "type", "payload", "transport", "delayMs", "idempotencyKey", "correlationId", "ttlMs"),
        properties(document, content(dispatch.getJsonObject("requestBody"), "application/json"))
            .keySet());
    assertEquals(
        Set.of("id", "type", "transport"),
        properties(document, response(dispatch, "202", "application/json")).keySet());
    for (String status : List.of("400", "401", "403", "413", "415", "500")) {
      assertEquals(
          Set.of("type", "title", "status", "detail", "errors"),
          properties(document, response(dispatch, status, "application/problem+json")).keySet(),
          status);
    }
    JsonObject probe = operation(document, "/courier/api/probes/{id}", "get");
    assertTrue(
        properties(document, response(probe, "200", "application/json")).containsKey("handledAt"));
    assertNotNull(response(probe, "404", "application/problem+json"));
    JsonObject scheme =
        document
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("basic");
    assertEquals("http", scheme.getString("type"));
    assertEquals("basic", scheme.getString("scheme"));
  }

  /** "METHOD /courier/api/path" as JAX-RS serves it, from every resource of the web module. */
  private Set<String> servedEndpoints() {
    ModelNode read =
        Management.operation(
            "read-children-resources",
            "deployment",
            "courier.ear",
            "subdeployment",
            "courier-web.war",
            "subsystem",
            "jaxrs");
    read.get("child-type").set("rest-resource");
    read.get("include-runtime").set(true);
    Set<String> endpoints = new TreeSet<>();
    for (ModelNode resource : new Management(management).execute(read).asList()) {
      for (ModelNode path : resource.get(0).get("rest-resource-paths").asList()) {
        for (ModelNode method : path.get("resource-methods").asList()) {
          endpoints.add(method.asString());
        }
      }
    }
    return endpoints;
  }

  /** "METHOD /courier/api/path" to its operation, for every operation of the document. */
  private static Map<String, JsonObject> documentedOperations() {
    Map<String, JsonObject> operations = new TreeMap<>();
    document()
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (operation.getValueType() == JsonValue.ValueType.OBJECT
                              && !"parameters".equals(method)) {
                            operations.put(
                                method.toUpperCase() + " " + path, operation.asJsonObject());
                          }
                        }));
    return operations;
  }

  /** The roles of the operation's one security requirement; none when it has none. */
  private static List<String> roles(JsonObject operation) {
    if (!operation.containsKey("security")) {
      return List.of();
    }
    return operation.getJsonArray("security").getJsonObject(0).getJsonArray("basic").stream()
        .map(role -> ((JsonString) role).getString())
        .toList();
  }

  private static JsonObject operation(JsonObject document, String path, String method) {
    return document.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
  }

  private static JsonObject response(JsonObject operation, String status, String mediaType) {
    return content(operation.getJsonObject("responses").getJsonObject(status), mediaType);
  }

  private static JsonObject content(JsonObject holder, String mediaType) {
    return holder.getJsonObject("content").getJsonObject(mediaType).getJsonObject("schema");
  }

  /** A schema's properties, following a reference to the components. */
  private static JsonObject properties(JsonObject document, JsonObject schema) {
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      return properties(
          document,
          document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name));
    }
    return schema.getJsonObject("properties");
  }

  private static JsonObject document() {
    Api.Answer answer = Api.get("/openapi?format=JSON");
    assertEquals(200, answer.status(), answer.body());
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }
}
