package dev.courier.schedule;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Removes what is past its retention ({@link RetentionRule#ALL}: failure records with their error
 * history, audit entries, probes, finished pipeline runs with their stages, inbox ids, schedule
 * runs and handling-minute rows), in chunks of {@code courier.cleanup.chunk-size} rows (default
 * 500), each in a transaction of its own. Reports what it removed by kind with its schedule run,
 * and in the log. A cleanup cut short (a crash, the database gone) leaves only whole chunks
 * removed; the retry or the next run removes the rest.
 */
@ApplicationScoped
public class CleanupHandler implements MessageHandler<CleanupMessage> {

  private static final Logger LOG = Logger.getLogger(CleanupHandler.class.getName());

  @Inject Config config;
  @Inject RetentionChunks chunks;
  @Inject ScheduleRuns runs;

  @Override
  public void handle(CleanupMessage message, MessageContext context) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int size = config.getOptionalValue("courier.cleanup.chunk-size", Integer.class).orElse(500);
    Map<String, Integer> removed = new LinkedHashMap<>();
    for (RetentionRule rule : RetentionRule.ALL) {
      Duration retention =
          config
              .getOptionalValue(rule.retentionKey(), Duration.class)
              .orElse(rule.defaultRetention());
      OffsetDateTime before = now.minus(retention);
      int total = 0;
      int chunk;
      do {
        chunk = chunks.deleteChunk(rule, before, size);
        total += chunk;
      } while (chunk > 0);
      removed.put(rule.kind(), total);
    }
    String report = "removed " + removed;
    runs.report(context, report);
    LOG.info(() -> "Courier: cleanup " + report);
  }
}
