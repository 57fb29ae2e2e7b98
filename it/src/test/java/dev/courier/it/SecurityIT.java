package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Api.User;
import dev.courier.it.support.Management;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every JAX-RS endpoint the server reports for the deployed application (its jaxrs management
 * model), so an endpoint added later cannot escape authentication and roles.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  private static final String CONTEXT = "/courier/api/";

  @ArquillianResource ManagementClient management;

  private List<Endpoint> endpoints;

  /** One HTTP method on one path, with path parameters filled with a UUID. */
  record Endpoint(String method, String path) {

    boolean forDispatchers() {
      return path.startsWith("messages")
          || path.startsWith("probes")
          || path.startsWith("pipelines")
          || path.equals("events")
          || path.startsWith("events/probes/");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.ear();
  }

  @BeforeEach
  void discoverEndpoints() throws Exception {
    ModelNode operation =
        Management.operation(
            "read-resource",
            "deployment",
            "courier.ear",
            "subdeployment",
            "courier-web.war",
            "subsystem",
            "jaxrs",
            "rest-resource",
            "*");
    operation.get("include-runtime").set(true);
    endpoints = new ArrayList<>();
    for (ModelNode resource : new Management(management).execute(operation).asList()) {
      for (ModelNode path : resource.get("result", "rest-resource-paths").asList()) {
        for (ModelNode method : path.get("resource-methods").asList()) {
          String[] parts = method.asString().split(" ", 2);
          String relative = parts[1].substring(parts[1].indexOf(CONTEXT) + CONTEXT.length());
          endpoints.add(
              new Endpoint(
                  parts[0], relative.replaceAll("\\{[^}]+}", UUID.randomUUID().toString())));
        }
      }
    }
  }

  @Test
  void theWalkFindsTheApplicationsEndpoints() {
    List<String> found = endpoints.stream().map(Endpoint::toString).toList();
    for (String known :
        List.of(
            "POST messages",
            "POST messages/batch",
            "POST probes",
            "GET failed",
            "POST failed/retry",
            "GET audit",
            "POST events",
            "GET events/streams",
            "GET benchmarks",
            "POST events/publishing/pause")) {
      assertTrue(found.contains(known), known + " not in " + found);
    }
    assertTrue(endpoints.size() >= 14, found.toString());
  }

  @Test
  void everyEndpointAsksForCredentials() {
    for (Endpoint endpoint : endpoints) {
      Api.Answer answer = call(User.ANONYMOUS, endpoint);
      assertProblem(endpoint, answer, 401);
      assertTrue(
          answer.challenge().startsWith("Basic realm="), endpoint + ": " + answer.challenge());
    }
  }

  @Test
  void everyEndpointRefusesAUserWithoutACourierRole() {
    for (Endpoint endpoint : endpoints) {
      assertProblem(endpoint, call(User.OUTSIDER, endpoint), 403);
    }
  }

  @Test
  void aDispatcherMayDispatchProbeRunPipelinesAndPublishButNothingElse() {
    for (Endpoint endpoint : endpoints) {
      Api.Answer answer = call(User.DISPATCHER, endpoint);
      if (endpoint.forDispatchers()) {
        assertTrue(answer.status() != 401 && answer.status() != 403, endpoint + ": " + answer);
      } else {
        assertProblem(endpoint, answer, 403);
      }
    }
  }

  @Test
  void anAdminMayCallEveryEndpoint() {
    for (Endpoint endpoint : endpoints) {
      Api.Answer answer = call(User.ADMIN, endpoint);
      assertTrue(answer.status() != 401 && answer.status() != 403, endpoint + ": " + answer);
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    Endpoint stats = new Endpoint("GET", "failed/stats");
    assertProblem(stats, Api.get(User.IMPOSTOR, stats.path()), 401);
    assertProblem(
        new Endpoint("POST", "messages"),
        Api.post(User.IMPOSTOR, "messages", "{}", "application/json"),
        401);
  }

  @Test
  void theServerListensOnLoopbackByDefault() throws Exception {
    for (String networkInterface : List.of("public", "management")) {
      ModelNode address =
          new Management(management)
              .readAttribute("resolved-address", "interface", networkInterface);
      assertEquals("127.0.0.1", address.asString(), networkInterface);
    }
  }

  private static Api.Answer call(User user, Endpoint endpoint) {
    boolean hasBody = endpoint.method().equals("POST") || endpoint.method().equals("PUT");
    return Api.request(
        user,
        endpoint.method(),
        endpoint.path(),
        hasBody ? "application/json" : null,
        hasBody ? "{}" : null);
  }

  private static void assertProblem(Endpoint endpoint, Api.Answer answer, int status) {
    assertEquals(status, answer.status(), endpoint + ": " + answer.body());
    assertTrue(
        answer.contentType().startsWith("application/problem+json"),
        endpoint + ": " + answer.contentType());
    assertFalse(answer.body().contains("Exception"), endpoint + ": " + answer.body());
    assertEquals(status, answer.json().getInt("status"), endpoint + ": " + answer.body());
  }
}
