package dev.courier.envelope;

import java.util.Objects;
import java.util.Optional;

/**
 * One message as it travels: the payload JSON and what Courier needs to route, retry and trace it.
 *
 * @param id stable across retries
 * @param attempt 0 on first delivery, +1 per retry
 * @param dispatchedAt epoch millis of the first dispatch
 * @param build version of the producer
 * @param origin the transport the message was routed to
 * @param runId the pipeline run the message belongs to, carried to the messages it leads to
 */
public record Envelope(
    String id,
    String type,
    int attempt,
    long dispatchedAt,
    String build,
    String origin,
    Optional<String> correlationId,
    Optional<String> runId,
    String body) {

  public Envelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(body, "body");
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must be >= 0, was " + attempt);
    }
  }
}
