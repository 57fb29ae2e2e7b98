package dev.courier.it.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotBlank;

/** A test message routed to high by the test configuration. */
@MessageType("test.urgent")
public record Urgent(@NotBlank String text) {}
