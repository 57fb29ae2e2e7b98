package dev.courier.example;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates an example's tables in Courier's database when they are missing (plain {@code CREATE
 * TABLE IF NOT EXISTS} that H2 and PostgreSQL both take; the examples stay out of Courier's Flyway
 * history).
 */
public final class ExampleTables {

  private ExampleTables() {}

  /**
   * @param owner names the example in the error when a statement fails
   */
  public static void create(DataSource dataSource, String owner, String... statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String ddl : statements) {
        statement.execute(ddl);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(owner + "'s tables could not be created", e);
    }
  }
}
