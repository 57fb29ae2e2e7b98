package dev.courier.handler;

import java.util.Optional;

/**
 * What a handler knows about the message it is handling.
 *
 * @param attempt 0 on first delivery, +1 per retry
 * @param dispatchedAt epoch millis of the first dispatch
 */
public record MessageContext(
    String messageId,
    String type,
    String transport,
    int attempt,
    long dispatchedAt,
    Optional<String> correlationId) {}
