package dev.courier.example.certificates;

import dev.courier.schema.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The latest check of each endpoint (table {@code example_certificate}), written in a transaction
 * of its own so a check that then fails (a certificate about to expire) still records what it saw.
 */
@ApplicationScoped
public class CertificateRecords {

  /** What the last check of an endpoint saw; {@code notAfter} is null when it could not connect. */
  public record CertificateRecord(
      String endpoint, String subject, Instant notAfter, Instant checkedAt, String error) {}

  @Resource(lookup = SchemaMigration.DATASOURCE)
  DataSource dataSource;

  @Transactional(TxType.REQUIRES_NEW)
  public void save(CertificateRecord record) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM example_certificate WHERE endpoint = ?")) {
        delete.setString(1, record.endpoint());
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO example_certificate (endpoint, subject, not_after, checked_at, error)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, record.endpoint());
        insert.setString(2, record.subject());
        insert.setTimestamp(
            3, record.notAfter() == null ? null : Timestamp.from(record.notAfter()));
        insert.setTimestamp(4, Timestamp.from(record.checkedAt()));
        insert.setString(5, record.error());
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the certificate check could not be recorded", e);
    }
  }

  @Transactional(TxType.SUPPORTS)
  public List<CertificateRecord> all() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT endpoint, subject, not_after, checked_at, error FROM example_certificate"
                    + " ORDER BY endpoint");
        ResultSet rows = select.executeQuery()) {
      List<CertificateRecord> records = new ArrayList<>();
      while (rows.next()) {
        Timestamp notAfter = rows.getTimestamp(3);
        records.add(
            new CertificateRecord(
                rows.getString(1),
                rows.getString(2),
                notAfter == null ? null : notAfter.toInstant(),
                rows.getTimestamp(4).toInstant(),
                rows.getString(5)));
      }
      return records;
    } catch (SQLException e) {
      throw new IllegalStateException("the certificate checks could not be read", e);
    }
  }
}
