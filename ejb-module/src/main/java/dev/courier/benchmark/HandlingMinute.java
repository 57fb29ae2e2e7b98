package dev.courier.benchmark;

import dev.courier.id.TimeOrderedIds;
import dev.courier.stats.HandlerSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What one node's handlers did with one message type on one transport since the node's previous
 * write: counts and the handling times per latency bucket (comma-separated counts).
 */
@Entity
@Table(name = "handling_minute")
public class HandlingMinute {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 200)
  private String node;

  @Column(name = "minute_start", nullable = false)
  private Instant minute;

  @Column(name = "flushed_at", nullable = false)
  private Instant flushedAt;

  @Column(name = "message_type", nullable = false, length = 200)
  private String type;

  @Column(nullable = false, length = 100)
  private String transport;

  @Embedded private HandlingCounts counts;

  @Column(name = "latency_counts", nullable = false, length = 1000)
  private String latencyCounts;

  protected HandlingMinute() {}

  HandlingMinute(String node, Instant flushedAt, HandlerSnapshot figures) {
    this.id = TimeOrderedIds.next();
    this.node = node;
    this.flushedAt = flushedAt;
    this.minute = flushedAt.truncatedTo(ChronoUnit.MINUTES);
    this.type = figures.type();
    this.transport = figures.transport();
    this.counts = HandlingCounts.of(figures);
    this.latencyCounts =
        Arrays.stream(figures.sinceStart().counts())
            .mapToObj(Long::toString)
            .collect(Collectors.joining(","));
  }

  Instant minute() {
    return minute;
  }

  String type() {
    return type;
  }

  String transport() {
    return transport;
  }

  HandlingCounts counts() {
    return counts;
  }

  long[] latencyCounts() {
    return Arrays.stream(latencyCounts.split(",")).mapToLong(Long::parseLong).toArray();
  }
}
