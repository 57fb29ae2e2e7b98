package dev.courier.dispatch;

/**
 * What was sent.
 *
 * @param id the message id, stable across retries
 * @param dispatchedAt epoch millis
 */
public record DispatchReceipt(String id, String type, String transport, long dispatchedAt) {}
