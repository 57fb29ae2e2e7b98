package dev.courier.it.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotBlank;

/** A test message routed to low by the test configuration. */
@MessageType("test.bulk")
public record Bulk(@NotBlank String text) {}
