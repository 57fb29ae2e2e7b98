package dev.courier.bench.app;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotNull;

/** Its handler writes one row to the database. */
@MessageType("bench.row")
public record RowMessage(@NotNull String text) {}
