package dev.courier.schedule;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes what is past its retention, in the handler's transaction: failure records (with their
 * error history) older than {@code courier.failed.retention}, audit entries older than {@code
 * courier.audit.retention} and probes older than {@code courier.probe.retention} (ISO-8601
 * durations; 30, 365 and 7 days). Logs what it removed by kind.
 */
@ApplicationScoped
public class CleanupHandler implements MessageHandler<CleanupMessage> {

  private static final Logger LOG = Logger.getLogger(CleanupHandler.class.getName());

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "courier.failed.retention", defaultValue = "P30D")
  Duration failedRetention;

  @Inject
  @ConfigProperty(name = "courier.audit.retention", defaultValue = "P365D")
  Duration auditRetention;

  @Inject
  @ConfigProperty(name = "courier.probe.retention", defaultValue = "P7D")
  Duration probeRetention;

  @Override
  public void handle(CleanupMessage message, MessageContext context) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<String, Integer> removed = new LinkedHashMap<>();
    OffsetDateTime failedBefore = now.minus(failedRetention);
    em.createNativeQuery(
            "DELETE FROM message_error WHERE message_id IN"
                + " (SELECT message_id FROM failed_message WHERE failed_at < ?1)")
        .setParameter(1, failedBefore)
        .executeUpdate();
    removed.put("failed", delete("failed_message", "failed_at", failedBefore));
    removed.put("audit", delete("audit_entry", "occurred_at", now.minus(auditRetention)));
    removed.put("probes", delete("probe", "dispatched_at", now.minus(probeRetention)));
    LOG.info(() -> "Courier: cleanup removed " + removed);
  }

  private int delete(String table, String column, OffsetDateTime before) {
    return em.createNativeQuery("DELETE FROM " + table + " WHERE " + column + " < ?1")
        .setParameter(1, before)
        .executeUpdate();
  }
}
