package dev.courier.web.transport;

import dev.courier.control.QueueFigures;
import dev.courier.transport.BreakerPolicy;
import dev.courier.transport.RetryPolicy;
import dev.courier.transport.Transport;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A transport: its configuration, its breaker, the broker's figures for its queue and how many of
 * its messages are in the failure store. {@code oldestMessageAgeMs} is null for an empty queue.
 */
@JsonbNillable
public record TransportView(
    String name,
    String queue,
    int concurrency,
    Retry retry,
    long timeoutMs,
    double ratePerSecond,
    long ttlMs,
    BreakerPolicy breakerPolicy,
    boolean paused,
    String breaker,
    long messageCount,
    long deliveringCount,
    long scheduledCount,
    long consumerCount,
    long messagesAdded,
    long messagesAcknowledged,
    long messagesExpired,
    long failedCount,
    Long oldestMessageAgeMs) {

  /** The retry policy under the names of the configuration keys. */
  public record Retry(int max, long delayMs, double multiplier, long maxDelayMs, double jitter) {

    static Retry of(RetryPolicy policy) {
      return new Retry(
          policy.maxRetries(),
          policy.delayMs(),
          policy.multiplier(),
          policy.maxDelayMs(),
          policy.jitter());
    }
  }

  static TransportView of(
      Transport transport, QueueFigures figures, String breaker, long failedCount) {
    return new TransportView(
        transport.name(),
        transport.queueName(),
        transport.concurrency(),
        Retry.of(transport.retry()),
        transport.timeoutMs(),
        transport.ratePerSecond(),
        transport.ttlMs(),
        transport.breaker(),
        figures.paused(),
        breaker,
        figures.messageCount(),
        figures.deliveringCount(),
        figures.scheduledCount(),
        figures.consumerCount(),
        figures.messagesAdded(),
        figures.messagesAcknowledged(),
        figures.messagesExpired(),
        failedCount,
        figures.oldestMessageAgeMs().orElse(null));
  }
}
