package dev.courier.it.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A test message whose handler fails on its first {@code failTimes} attempts (counted over its
 * whole life, store retries included) with the error {@code failWith} names.
 */
@MessageType("test.flaky")
public record Flaky(
    @NotBlank String text,
    @PositiveOrZero int failTimes,
    @Pattern(regexp = "recoverable|unrecoverable|illegal-state|io") String failWith,
    @PositiveOrZero long retryAfterMs) {}
