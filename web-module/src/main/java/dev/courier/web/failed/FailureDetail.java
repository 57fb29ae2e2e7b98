package dev.courier.web.failed;

import dev.courier.failure.FailedMessage;
import dev.courier.failure.MessageError;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A failure record whole: the fields of its summary, then the message as received and every
 * attempt's error.
 */
public record FailureDetail(
    String id,
    String messageId,
    String type,
    String transport,
    int attempts,
    String errorClass,
    String errorMessage,
    Instant failedAt,
    String fingerprint,
    Instant firstFailedAt,
    String payload,
    JsonObject properties,
    String stackTrace,
    List<AttemptError> errors) {

  /** One failed attempt. */
  public record AttemptError(
      int attempt, Instant at, String errorClass, String message, String stackTrace) {}

  static FailureDetail of(FailedMessage f, JsonObject properties, List<MessageError> errors) {
    return new FailureDetail(
        f.id(),
        f.messageId(),
        f.type(),
        f.transport(),
        f.attempts(),
        f.errorClass(),
        f.errorMessage(),
        f.failedAt(),
        f.fingerprint(),
        f.firstFailedAt(),
        f.payload(),
        properties,
        f.stackTrace(),
        errors.stream()
            .map(
                e ->
                    new AttemptError(
                        e.attempt(), e.occurredAt(), e.errorClass(), e.message(), e.stackTrace()))
            .toList());
  }
}
