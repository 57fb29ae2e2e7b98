package dev.courier.health.checks;

import dev.courier.build.BuildInfo;
import dev.courier.health.CheckNames;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Liveness: UP while Courier is deployed and started (the server's own checks cover the JVM). */
@ApplicationScoped
public class LiveCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(CheckNames.LIVE)
        .up()
        .withData("build", BuildInfo.version())
        .build();
  }
}
