package dev.courier.it.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotBlank;

/**
 * A test message whose handler uses the inbox.
 *
 * @param failFirst the handler fails on attempt 0, after it asked the inbox
 */
@MessageType("test.once")
public record Once(@NotBlank String text, boolean failFirst) {}
