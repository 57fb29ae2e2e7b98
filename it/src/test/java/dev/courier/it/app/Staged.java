package dev.courier.it.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotBlank;

/** A test message routed to the stage transport {@code test_stage} by StageTransportIT. */
@MessageType("test.staged")
public record Staged(@NotBlank String text) {}
