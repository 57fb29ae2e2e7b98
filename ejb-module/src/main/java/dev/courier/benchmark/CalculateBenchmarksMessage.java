package dev.courier.benchmark;

import dev.courier.handler.MessageType;

/** Asks for a benchmark snapshot of the period since the previous one ({@link Benchmarks}). */
@MessageType(CalculateBenchmarksMessage.TYPE)
public record CalculateBenchmarksMessage(String requestedBy) {

  public static final String TYPE = "courier.calculate-benchmarks";
}
