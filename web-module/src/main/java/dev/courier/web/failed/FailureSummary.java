package dev.courier.web.failed;

import dev.courier.failure.FailedMessage;
import java.time.Instant;

/** A failure record as a list shows it. */
public record FailureSummary(
    String id,
    String messageId,
    String type,
    String transport,
    int attempts,
    String errorClass,
    String errorMessage,
    Instant failedAt,
    String fingerprint) {

  static FailureSummary of(FailedMessage f) {
    return new FailureSummary(
        f.id(),
        f.messageId(),
        f.type(),
        f.transport(),
        f.attempts(),
        f.errorClass(),
        f.errorMessage(),
        f.failedAt(),
        f.fingerprint());
  }
}
