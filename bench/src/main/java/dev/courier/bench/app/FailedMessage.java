package dev.courier.bench.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotNull;

/** Fails unrecoverably: straight to the failure store. */
@MessageType("bench.fail")
public record FailedMessage(@NotNull String text) {}
