package dev.courier.bench.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotNull;

/** Fails on its first attempt and succeeds on its retry. */
@MessageType("bench.retry")
public record RetriedMessage(@NotNull String text) {}
