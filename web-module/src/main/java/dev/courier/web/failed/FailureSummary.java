package dev.courier.web.failed;

import dev.courier.failure.FailedMessage;
import java.time.Instant;

/** A failure record as a list shows it. */
public class FailureSummary {

  public final String id;
  public final String messageId;
  public final String type;
  public final String transport;
  public final int attempts;
  public final String errorClass;
  public final String errorMessage;
  public final Instant failedAt;
  public final String fingerprint;

  FailureSummary(FailedMessage f) {
    id = f.id();
    messageId = f.messageId();
    type = f.type();
    transport = f.transport();
    attempts = f.attempts();
    errorClass = f.errorClass();
    errorMessage = f.errorMessage();
    failedAt = f.failedAt();
    fingerprint = f.fingerprint();
  }
}
