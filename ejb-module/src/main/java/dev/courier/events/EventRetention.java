package dev.courier.events;

import dev.courier.control.TransportControl;
import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportRegistry;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every five seconds, forgets inbox entries older than {@code courier.events.inbox.retention} (ms,
 * default 7 days: an event delivered again after that is handled again) and keeps each stream to
 * its max-length, in its log and in the groups' backlogs: the log keeps the stream's newest {@code
 * max-length} events, and an event older than those that still waits in a group's queue (a paused
 * or slow group) is removed from it and counted as dropped for that group — as a Redis stream
 * trimmed with MAXLEN loses its oldest entries, whoever had not read them yet. Events being
 * delivered at that moment are not touched.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EventRetention {

  private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

  @Inject EventStreams streams;
  @Inject EventLog log;
  @Inject TransportRegistry transports;
  @Inject TransportControl control;
  @Inject GroupCounters counters;
  @Inject EventInbox inbox;

  @Inject
  @ConfigProperty(name = "courier.events.inbox.retention", defaultValue = "604800000")
  long inboxRetentionMs;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void trim() {
    try {
      inbox.forgetBefore(Instant.now().minusMillis(inboxRetentionMs));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Courier: could not trim the event inboxes");
    }
    for (String stream : streams.streams()) {
      try {
        long oldestKept = log.trim(stream, streams.maxLength(stream));
        if (oldestKept > 0) {
          dropOlderThan(stream, oldestKept);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, e, () -> "Courier: could not trim stream " + stream);
      }
    }
  }

  private void dropOlderThan(String stream, long oldestKept) {
    String filter =
        EventProperties.STREAM
            + " = '"
            + stream
            + "' AND "
            + EventProperties.SEQ
            + " < "
            + oldestKept;
    for (String group : streams.groupsOf(stream)) {
      long removed = control.remove(transports.find(group).orElseThrow(), filter);
      if (removed > 0) {
        counters.dropped(group, stream, removed);
        LOG.info(
            () ->
                "Courier: group "
                    + group
                    + " dropped "
                    + removed
                    + " events of stream "
                    + stream
                    + " past its max-length");
      }
    }
  }
}
