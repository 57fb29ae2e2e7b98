package dev.courier.web.failed;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Beside the filter, a bulk operation may name its records and only count them. */
public record BulkSelection(
    @Schema(description = "Only these failure records")
        List<
                @Pattern(
                    regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    message = "must be a failure record id (a UUID)")
                String>
            ids,
    @Schema(description = "Count what would be affected, change nothing") Boolean dryRun) {}
