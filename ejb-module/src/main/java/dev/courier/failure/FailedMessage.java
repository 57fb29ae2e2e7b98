package dev.courier.failure;

import dev.courier.id.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A message Courier gave up on: retries spent, an unrecoverable error, or undecodable. Keeps
 * everything needed to send it again; its errors are the {@link MessageError}s of its message id.
 */
@Entity
@Table(name = "failed_message")
public class FailedMessage {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "message_id", nullable = false, unique = true)
  private String messageId;

  @Column(name = "message_type", nullable = false)
  private String type;

  @Column(nullable = false)
  private String transport;

  @Column(nullable = false)
  private String payload;

  /** The message's application properties as a JSON object. */
  @Column(nullable = false)
  private String properties;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "first_failed_at", nullable = false)
  private Instant firstFailedAt;

  @Column(name = "failed_at", nullable = false)
  private Instant failedAt;

  @Column(name = "error_class", nullable = false)
  private String errorClass;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "stack_trace")
  private String stackTrace;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  protected FailedMessage() {}

  /**
   * @param lastError the error that ended the message's attempts
   * @param firstFailedAt when its first attempt failed
   */
  public FailedMessage(
      String messageId,
      String type,
      String transport,
      String payload,
      String properties,
      int attempts,
      Instant firstFailedAt,
      MessageError lastError,
      String topFrame) {
    this.id = TimeOrderedIds.next();
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.type = Objects.requireNonNull(type, "type");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.properties = Objects.requireNonNull(properties, "properties");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
    }
    this.attempts = attempts;
    this.firstFailedAt = Objects.requireNonNull(firstFailedAt, "firstFailedAt");
    this.failedAt = lastError.occurredAt();
    this.errorClass = lastError.errorClass();
    this.errorMessage = lastError.message();
    this.stackTrace = lastError.stackTrace();
    this.fingerprint = StackTraces.fingerprint(type, errorClass, topFrame);
  }

  public String id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public String type() {
    return type;
  }

  public String transport() {
    return transport;
  }

  public String payload() {
    return payload;
  }

  public String properties() {
    return properties;
  }

  public int attempts() {
    return attempts;
  }

  public Instant firstFailedAt() {
    return firstFailedAt;
  }

  public Instant failedAt() {
    return failedAt;
  }

  public String errorClass() {
    return errorClass;
  }

  public String errorMessage() {
    return errorMessage == null ? "" : errorMessage;
  }

  public String stackTrace() {
    return stackTrace == null ? "" : stackTrace;
  }

  public String fingerprint() {
    return fingerprint;
  }
}
