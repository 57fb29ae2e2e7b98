package dev.courier.web.failed;

/** A failure record sent back to its transport. */
public record RetryAccepted(String id, String messageId, String transport) {}
