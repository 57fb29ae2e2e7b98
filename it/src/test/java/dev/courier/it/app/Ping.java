package dev.courier.it.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A test message on the default transport. */
@MessageType("test.ping")
public record Ping(@NotBlank @Size(max = 100) String text) {}
