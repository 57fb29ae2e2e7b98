package dev.courier.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Where Courier's EJB module puts its health checks, by name, for the checks the server calls. One
 * instance for the whole application; a check that is not (or no longer) registered is DOWN.
 */
@ApplicationScoped
public class HealthBoard {

  private final Map<String, HealthCheck> checks = new ConcurrentHashMap<>();

  public void register(String name, HealthCheck check) {
    checks.put(name, check);
  }

  public void unregister(String name) {
    checks.remove(name);
  }

  /** Calls the check registered under this name; never throws. */
  public HealthCheckResponse call(String name) {
    HealthCheck check = checks.get(name);
    if (check == null) {
      return HealthCheckResponse.named(name)
          .down()
          .withData("reason", "Courier has not started (or is stopping)")
          .build();
    }
    try {
      return check.call();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named(name)
          .down()
          .withData("reason", "the check failed: " + e)
          .build();
    }
  }
}
