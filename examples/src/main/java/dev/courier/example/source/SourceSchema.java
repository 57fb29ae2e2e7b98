package dev.courier.example.source;

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
 * The example's tables, in Courier's database, created when the application starts if they are
 * missing (plain DDL both H2 and PostgreSQL take; Courier's own schema is Flyway's, and the example
 * stays out of its history). Its stage consumers depend on this bean.
 */
@Singleton
@Startup
@DependsOn("courier-ejb.jar#" + SchemaMigration.NAME)
public class SourceSchema {

  public static final String NAME = "SourceSchema";

  private static final String[] TABLES = {
    "CREATE TABLE IF NOT EXISTS source_document ("
        + " run_id VARCHAR(64) NOT NULL, name VARCHAR(200) NOT NULL, title VARCHAR(1000) NOT NULL,"
        + " content_type VARCHAR(200) NOT NULL, metadata VARCHAR(10000) NOT NULL,"
        + " text VARCHAR(1000000) NOT NULL, text_length INTEGER NOT NULL, chunks INTEGER NOT NULL,"
        + " complete BOOLEAN NOT NULL, CONSTRAINT pk_source_document PRIMARY KEY (run_id))",
    "CREATE TABLE IF NOT EXISTS source_chunk ("
        + " run_id VARCHAR(64) NOT NULL, idx INTEGER NOT NULL, text VARCHAR(100000) NOT NULL,"
        + " CONSTRAINT pk_source_chunk PRIMARY KEY (run_id, idx))",
    "CREATE TABLE IF NOT EXISTS source_event ("
        + " id VARCHAR(36) NOT NULL, run_id VARCHAR(64) NOT NULL, kind VARCHAR(32) NOT NULL,"
        + " stage VARCHAR(100), occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,"
        + " CONSTRAINT pk_source_event PRIMARY KEY (id))"
  };

  @Resource(lookup = SchemaMigration.DATASOURCE)
  DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void create() {
    ExampleTables.create(dataSource, "the source example", TABLES);
  }
}
