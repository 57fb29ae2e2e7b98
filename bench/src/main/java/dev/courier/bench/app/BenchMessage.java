package dev.courier.bench.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotNull;

/** The benchmark's message: a 200-character text, like the baseline's 200-byte body. */
@MessageType("bench.noop")
public record BenchMessage(@NotNull String text) {}
