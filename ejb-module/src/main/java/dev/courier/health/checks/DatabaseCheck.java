package dev.courier.health.checks;

import dev.courier.health.CheckNames;
import dev.courier.schema.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** UP when Courier's datasource hands out a connection that answers within two seconds. */
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

  static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = SchemaMigration.DATASOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(TIMEOUT_SECONDS)) {
        return HealthCheckResponse.named(CheckNames.DATABASE)
            .up()
            .withData("database", connection.getMetaData().getDatabaseProductName())
            .build();
      }
      return down("the connection did not answer within " + TIMEOUT_SECONDS + " s");
    } catch (SQLException e) {
      return down("no connection: " + e.getMessage());
    }
  }

  private static HealthCheckResponse down(String reason) {
    return HealthCheckResponse.named(CheckNames.DATABASE).down().withData("reason", reason).build();
  }
}
