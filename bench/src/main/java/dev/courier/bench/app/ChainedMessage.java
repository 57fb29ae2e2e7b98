package dev.courier.bench.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotNull;

/** The first hop of a two-hop chain: its handler emits a {@link BenchMessage}. */
@MessageType("bench.chain")
public record ChainedMessage(@NotNull String text) {}
