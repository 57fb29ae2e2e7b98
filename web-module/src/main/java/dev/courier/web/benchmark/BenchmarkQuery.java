package dev.courier.web.benchmark;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which snapshots to list; each may be left out. */
public record BenchmarkQuery(
    @Schema(description = "Snapshots whose period ends at or after this instant") Instant from,
    @Schema(description = "Snapshots whose period starts at or before this instant") Instant to,
    @Schema(description = "Only snapshots with figures of this message type, and only those")
        String type) {}
