package dev.courier.health.checks;

import dev.courier.health.CheckNames;
import dev.courier.health.HealthBoard;
import dev.courier.schema.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;

/**
 * Puts Courier's checks on the {@link HealthBoard} once the schema is migrated, and takes them off
 * when the application stops (so the server's readiness goes DOWN while Courier is not running).
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class HealthRegistration {

  @Inject HealthBoard board;
  @Inject LiveCheck live;
  @Inject BrokerCheck broker;
  @Inject DatabaseCheck database;
  @Inject ConsumersCheck consumers;
  @Inject FailureBacklogCheck failureBacklog;
  @Inject BuildCheck build;

  @PostConstruct
  void register() {
    checks().forEach(board::register);
  }

  @PreDestroy
  void unregister() {
    checks().keySet().forEach(board::unregister);
  }

  private Map<String, HealthCheck> checks() {
    return Map.of(
        CheckNames.LIVE, live,
        CheckNames.BROKER, broker,
        CheckNames.DATABASE, database,
        CheckNames.CONSUMERS, consumers,
        CheckNames.FAILURE_BACKLOG, failureBacklog,
        CheckNames.BUILD, build);
  }
}
