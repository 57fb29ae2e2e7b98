package dev.courier.handler;

import java.time.Duration;
import java.util.Optional;

/**
 * Thrown by a handler when a later attempt may succeed (a timeout, a busy dependency). It may say
 * when to try again, e.g. from a Retry-After header; otherwise the transport's retry strategy
 * decides.
 */
public class RecoverableMessageException extends RuntimeException {

  private final transient Duration retryAfter;

  public RecoverableMessageException(String message) {
    this(message, null, null);
  }

  public RecoverableMessageException(String message, Throwable cause) {
    this(message, cause, null);
  }

  public RecoverableMessageException(String message, Throwable cause, Duration retryAfter) {
    super(message, cause);
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    this.retryAfter = retryAfter;
  }

  /** The delay the handler asked for, if any. */
  public Optional<Long> retryDelayMs() {
    return Optional.ofNullable(retryAfter).map(Duration::toMillis);
  }
}
