package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Failures;
import dev.courier.it.support.Handled;
import dev.courier.it.support.Health;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A transport's circuit breaker: consecutive failures pause the transport for the cool-down, then
 * one trial message closes it again; nothing is lost and no message is charged a retry for it.
 */
@ExtendWith(ArquillianExtension.class)
class BreakerIT {

  private static final Duration COOL_DOWN = Duration.ofSeconds(15);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers()
        .config("courier.transport.normal.breaker.failures=3")
        .config("courier.transport.normal.breaker.window=10000")
        // Long enough that the checks made while the breaker is open cannot outlast it, however
        // loaded the machine: the test waits this long once, for the trial.
        .config("courier.transport.normal.breaker.cool-down=" + COOL_DOWN.toMillis())
        .build();
  }

  private static JsonObject normal() {
    Api.Answer answer = Api.get("transports/normal");
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  @Test
  void consecutiveFailuresOpenTheBreakerUntilATrialSucceeds() {
    List<String> flaky = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID().toString()).toList();
    flaky.forEach(text -> Failures.flaky(text, 1, "recoverable", "normal", 0));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "open".equals(normal().getString("breaker")));
    assertTrue(normal().getBoolean("paused"));
    assertTrue(
        Health.ready()
            .check("courier-consumers")
            .orElseThrow()
            .getJsonObject("data")
            .getString("normal")
            .endsWith("paused, breaker open"));
    assertTrue(
        Api.get("/courier/metrics")
            .body()
            .contains("courier_breaker_state{transport=\"normal\",state=\"open\"} 1"));

    String duringOpen = UUID.randomUUID().toString();
    Handled.dispatchPing(duringOpen);
    assertTrue(Handled.of(duringOpen).isEmpty(), "handled while the breaker was open");

    await()
        .atMost(COOL_DOWN.plusSeconds(30))
        .until(() -> "closed".equals(normal().getString("breaker")));
    Handled.awaitOnce(duringOpen);
    for (String text : flaky) {
      Handled.awaitOnce(text);
      List<JsonObject> attempts = Failures.attempts(text);
      assertEquals(2, attempts.size(), attempts.toString());
      assertEquals(1, attempts.get(1).getInt("attempt"), "charged while the breaker was open");
    }
    assertEquals(false, normal().getBoolean("paused"));
  }
}
