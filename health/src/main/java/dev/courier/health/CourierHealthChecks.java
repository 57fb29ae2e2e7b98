package dev.courier.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Courier's liveness and readiness checks, each answered by what is on the {@link HealthBoard}. */
@ApplicationScoped
public class CourierHealthChecks {

  @Inject HealthBoard board;

  @Produces
  @Liveness
  HealthCheck live() {
    return () -> board.call(CheckNames.LIVE);
  }

  @Produces
  @Readiness
  HealthCheck broker() {
    return () -> board.call(CheckNames.BROKER);
  }

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> board.call(CheckNames.DATABASE);
  }

  @Produces
  @Readiness
  HealthCheck consumers() {
    return () -> board.call(CheckNames.CONSUMERS);
  }

  @Produces
  @Readiness
  HealthCheck failureBacklog() {
    return () -> board.call(CheckNames.FAILURE_BACKLOG);
  }

  @Produces
  @Readiness
  HealthCheck build() {
    return () -> board.call(CheckNames.BUILD);
  }
}
