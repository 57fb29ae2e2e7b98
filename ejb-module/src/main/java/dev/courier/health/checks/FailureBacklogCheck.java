package dev.courier.health.checks;

import dev.courier.failure.FailureStore;
import dev.courier.health.CheckNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** UP while the failure store holds fewer than {@code courier.health.failure-backlog.max}. */
@ApplicationScoped
public class FailureBacklogCheck implements HealthCheck {

  @Inject FailureStore store;

  @Inject
  @ConfigProperty(name = "courier.health.failure-backlog.max", defaultValue = "10000")
  long max;

  @Override
  public HealthCheckResponse call() {
    long count = store.count();
    if (count < max) {
      return HealthCheckResponse.named(CheckNames.FAILURE_BACKLOG)
          .up()
          .withData("failed", count)
          .withData("max", max)
          .build();
    }
    return HealthCheckResponse.named(CheckNames.FAILURE_BACKLOG)
        .down()
        .withData("failed", count)
        .withData("max", max)
        .withData(
            "reason",
            "the failure store holds "
                + count
                + " messages, at or over courier.health.failure-backlog.max ("
                + max
                + "); retry or remove them")
        .build();
  }
}
