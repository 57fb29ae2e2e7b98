package dev.courier.web.events;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which logged events to deliver again to a group. */
@Schema(description = "A stream and a range of seq numbers of its log (both ends included).")
public record ReplayRequest(
    @Schema(description = "A stream the group reads.") @NotBlank String stream,
    @Schema(description = "The first seq; 0 (the start of the log) when left out.") @Min(0)
        Long from,
    @Schema(description = "The last seq; the end of the log when left out.") @Min(0) Long to) {}
