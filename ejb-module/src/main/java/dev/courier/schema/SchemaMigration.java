package dev.courier.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema with Flyway when the application starts (a schema without Flyway's history is
 * taken as version 0: see {@link #migrate}). The consumers depend on this bean
 * ({@code @DependsOn}), so no message reaches JPA against an old schema; a failed migration fails
 * the deployment.
 */
@Singleton
@Startup
public class SchemaMigration {

  /** The bean name the consumers name in {@code @DependsOn}. */
  public static final String NAME = "SchemaMigration";

  public static final String DATASOURCE = "java:jboss/datasources/CourierDS";
  static final String LOCATION = "classpath:db/migration";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  /** Flyway commits each migration itself, so it must not run inside a container transaction. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    MigrateResult result =
        Flyway.configure(Thread.currentThread().getContextClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            // A new database may already hold the EJB timer store's table (server-config's
            // 37-timers.cli: WildFly makes it when the server starts, before Courier deploys).
            // Such a schema is taken as version 0, and every migration is applied to it.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Courier schema at version "
                + (result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : result.initialSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
