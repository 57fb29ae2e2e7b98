package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportNames;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * Consumes the {@value TransportNames#RUN_UPDATES} transport with Courier's workers: live updates
 * come with every move of every run, and cost little taken many per transaction.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class RunUpdatesConsumer extends WorkerConsumer {

  @Override
  String transport() {
    return TransportNames.RUN_UPDATES;
  }
}
