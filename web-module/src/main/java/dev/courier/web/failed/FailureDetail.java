package dev.courier.web.failed;

import dev.courier.failure.FailedMessage;
import dev.courier.failure.MessageError;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** A failure record whole: the summary, the message as received and every attempt's error. */
public class FailureDetail extends FailureSummary {

  /** One failed attempt. */
  public record AttemptError(
      int attempt, Instant at, String errorClass, String message, String stackTrace) {}

  public final Instant firstFailedAt;
  public final String payload;
  public final JsonObject properties;
  public final String stackTrace;
  public final List<AttemptError> errors;

  FailureDetail(FailedMessage f, JsonObject properties, List<MessageError> errors) {
    super(f);
    firstFailedAt = f.firstFailedAt();
    payload = f.payload();
    this.properties = properties;
    stackTrace = f.stackTrace();
    this.errors =
        errors.stream()
            .map(
                e ->
                    new AttemptError(
                        e.attempt(), e.occurredAt(), e.errorClass(), e.message(), e.stackTrace()))
            .toList();
  }
}
