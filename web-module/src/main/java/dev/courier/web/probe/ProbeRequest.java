package dev.courier.web.probe;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A probe to send; every field may be left out. */
@Schema(description = "A synthetic message that checks the whole path.")
public record ProbeRequest(
    @Schema(description = "The transport to go through; normal when left out.") String transport,
    @Schema(description = "How many attempts fail before one succeeds (0 to 100).") Long failTimes,
    @Schema(description = "Fail with an unrecoverable error: no retries.") Boolean unrecoverable,
    @Schema(description = "How long the handler works, in milliseconds.") Long sleepMs,
    @Schema(description = "How many more messages the probe is handed on through (0 to 5).")
        Long hops) {}
