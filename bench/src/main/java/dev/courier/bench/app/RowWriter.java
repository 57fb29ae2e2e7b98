package dev.courier.bench.app;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Writes one row per message to {@code bench_row} through Courier's datasource, in the transaction
 * the handler runs in, then counts it: the benchmark of a handler with database work.
 */
@ApplicationScoped
public class RowWriter implements MessageHandler<RowMessage> {

  private static final String TABLE =
      "CREATE TABLE IF NOT EXISTS bench_row ("
          + "message_id VARCHAR(36) PRIMARY KEY, body VARCHAR(400) NOT NULL)";

  @Resource(lookup = "java:jboss/datasources/CourierDS")
  DataSource database;

  @Inject Tally tally;

  @Override
  public void handle(RowMessage message, MessageContext context) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO bench_row (message_id, body) VALUES (?, ?)")) {
      insert.setString(1, context.messageId());
      insert.setString(2, message.text());
      insert.executeUpdate();
    }
    tally.seen(context.dispatchedAt());
  }

  /** Makes the table, empty; called outside any transaction before a run. */
  void emptyTable() {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(TABLE);
      statement.execute("DELETE FROM bench_row");
    } catch (SQLException e) {
      throw new IllegalStateException("bench_row could not be made empty", e);
    }
  }
}
