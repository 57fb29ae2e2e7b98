package dev.courier.health.checks;

import dev.courier.build.BuildGuard;
import dev.courier.health.CheckNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * DOWN once this node has seen a message from a newer build: it is stale and should be replaced.
 */
@ApplicationScoped
public class BuildCheck implements HealthCheck {

  @Inject BuildGuard guard;

  @Override
  public HealthCheckResponse call() {
    BuildGuard.Status status = guard.status();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(CheckNames.BUILD)
            .withData("build", status.thisBuild())
            .withData("deferred", status.deferredMessages());
    if (!status.stale()) {
      return response.up().build();
    }
    return response
        .down()
        .withData("newestBuildSeen", status.newestBuildSeen().orElseThrow())
        .withData(
            "reason",
            "messages from a newer build ("
                + status.newestBuildSeen().orElseThrow()
                + ") arrived; this node puts them back for a newer node and should be redeployed")
        .build();
  }
}
