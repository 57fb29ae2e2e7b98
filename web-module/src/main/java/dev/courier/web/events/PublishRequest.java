package dev.courier.web.events;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event to publish, its data apart (any JSON value, read as it is). */
@Schema(description = "An event to publish.")
public record PublishRequest(
    @Schema(description = "The event type; its stream follows from it.") @NotBlank String type,
    @Schema(description = "Who publishes; kept in the log and passed to handlers.") String clientId,
    @Schema(description = "The event id; a new UUID when left out. A group skips an id it handled.")
        String eventId) {}
