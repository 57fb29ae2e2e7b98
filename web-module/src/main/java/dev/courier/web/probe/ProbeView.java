package dev.courier.web.probe;

import dev.courier.probe.Probe;
import dev.courier.probe.ProbeStatus;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** What became of a probe; the last three are null until it is handled or fails. */
@JsonbNillable
public record ProbeView(
    String id,
    String transport,
    String status,
    int attempts,
    int duplicates,
    Instant dispatchedAt,
    Instant handledAt,
    Long latencyMs,
    String lastError) {

  static ProbeView of(Probe probe, ProbeStatus status) {
    return new ProbeView(
        probe.id(),
        probe.transport(),
        status.name().toLowerCase(),
        probe.attempts(),
        probe.duplicates(),
        probe.dispatchedAt(),
        probe.handledAt().orElse(null),
        probe.latencyMs().orElse(null),
        probe.lastError().orElse(null));
  }
}
