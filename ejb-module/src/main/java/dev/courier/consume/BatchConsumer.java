package dev.courier.consume;

import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportNames;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Consumes the {@value TransportNames#BATCH} transport with Courier's workers. */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class BatchConsumer extends WorkerConsumer {

  @Override
  String transport() {
    return TransportNames.BATCH;
  }
}
