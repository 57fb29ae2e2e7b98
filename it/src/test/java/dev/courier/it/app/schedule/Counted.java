package dev.courier.it.app.schedule;

import dev.courier.handler.MessageType;

/** A message only the benchmark test sends; {@code fail} set fails it for good. */
@MessageType("test.counted")
public record Counted(String text, boolean fail) {}
