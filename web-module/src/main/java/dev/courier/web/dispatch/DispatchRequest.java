package dev.courier.web.dispatch;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message to dispatch: its type, its payload and how to send it. */
@Schema(description = "A message to dispatch.")
public record DispatchRequest(
    @Schema(description = "The message type, as its @MessageType names it.") @NotBlank String type,
    @Schema(description = "The message, with the fields of its type's record.") @NotNull
        JsonObject payload,
    @Schema(description = "A transport other than the type's routing (high, normal, low).")
        String transport,
    @Schema(description = "Delivery delay in milliseconds; 0 or more.") Long delayMs,
    @Schema(description = "A message with a key already seen is dropped.") String idempotencyKey,
    @Schema(description = "Carried along in the envelope for tracing.") String correlationId,
    @Schema(
            description =
                "Time-to-live in milliseconds from dispatch, instead of the transport's: a message"
                    + " not handled by then is dropped by the broker, never handled.")
        @Positive
        Long ttlMs) {}
