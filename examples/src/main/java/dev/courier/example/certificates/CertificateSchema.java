package dev.courier.example.certificates;

import dev.courier.example.ExampleTables;
import dev.courier.schema.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;

/**
 * The certificate check's table, in Courier's database, created at start-up when missing (like the
 * source example's tables, outside Courier's Flyway history).
 */
@Singleton
@Startup
@DependsOn("courier-ejb.jar#" + SchemaMigration.NAME)
public class CertificateSchema {

  @Resource(lookup = SchemaMigration.DATASOURCE)
  DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void create() {
    ExampleTables.create(
        dataSource,
        "the certificate check",
        "CREATE TABLE IF NOT EXISTS example_certificate ("
            + " endpoint VARCHAR(300) NOT NULL, subject VARCHAR(1000),"
            + " not_after TIMESTAMP WITH TIME ZONE, checked_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " error VARCHAR(1000), CONSTRAINT pk_example_certificate PRIMARY KEY (endpoint))");
  }
}
