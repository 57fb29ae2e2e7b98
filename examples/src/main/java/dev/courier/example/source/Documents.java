package dev.courier.example.source;

import dev.courier.schema.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The documents the pipeline makes, their chunks and the runs' domain events, in the caller's
 * transaction (the handler's). Writes replace what a stage wrote before for the same run, so a
 * stage that runs twice (at-least-once delivery) leaves one row.
 */
@ApplicationScoped
public class Documents {

  /** The stored text of a document is cut here; the whole text stays in the run's files. */
  static final int MAX_STORED_TEXT = 1_000_000;

  /** A document as read back. */
  public record Document(
      String title,
      String contentType,
      int chunks,
      boolean complete,
      int textLength,
      String text) {}

  @Resource(lookup = SchemaMigration.DATASOURCE)
  DataSource dataSource;

  void save(String runId, MakeDocument source, String text, int chunks) {
    JsonObjectBuilder metadata = Json.createObjectBuilder();
    Map<String, String> values = source.metadata() == null ? Map.of() : source.metadata();
    values.forEach(metadata::add);
    update("DELETE FROM source_chunk WHERE run_id = ?", runId);
    update("DELETE FROM source_document WHERE run_id = ?", runId);
    update(
        "INSERT INTO source_document (run_id, name, title, content_type, metadata, text,"
            + " text_length, chunks, complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
        runId,
        cut(source.name(), 200),
        cut(source.title(), 1000),
        source.contentType(),
        cut(metadata.build().toString(), 10_000),
        cut(text, MAX_STORED_TEXT),
        text.length(),
        chunks);
  }

  void saveChunk(String runId, int index, String text) {
    update("DELETE FROM source_chunk WHERE run_id = ? AND idx = ?", runId, index);
    update("INSERT INTO source_chunk (run_id, idx, text) VALUES (?, ?, ?)", runId, index, text);
  }

  int chunkCount(String runId) {
    return query(
            "SELECT COUNT(*) FROM source_chunk WHERE run_id = ?",
            rs -> rs.next() ? rs.getInt(1) : 0,
            runId)
        .orElse(0);
  }

  void complete(String runId) {
    update("UPDATE source_document SET complete = TRUE WHERE run_id = ?", runId);
  }

  void recordEvent(SourceEvent event) {
    update(
        "INSERT INTO source_event (id, run_id, kind, stage, occurred_at) VALUES (?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(),
        event.runId(),
        event.kind(),
        event.stage(),
        Timestamp.from(Instant.now()));
  }

  /** The run's document, its text cut at {@code textLimit} characters. */
  public Optional<Document> find(String runId, int textLimit) {
    return query(
        "SELECT title, content_type, chunks, complete, text_length, text FROM source_document"
            + " WHERE run_id = ?",
        rs ->
            rs.next()
                ? new Document(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getBoolean(4),
                    rs.getInt(5),
                    cut(rs.getString(6), textLimit))
                : null,
        runId);
  }

  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> Optional<T> query(String sql, Reader<T> reader, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepared(connection, sql, parameters);
        ResultSet rs = statement.executeQuery()) {
      return Optional.ofNullable(reader.read(rs));
    } catch (SQLException e) {
      throw new IllegalStateException("source example: " + e.getMessage(), e);
    }
  }

  private void update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepared(connection, sql, parameters)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("source example: " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepared(Connection connection, String sql, Object[] parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
