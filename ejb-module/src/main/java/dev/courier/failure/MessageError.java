package dev.courier.failure;

import dev.courier.id.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One failed attempt of a message. */
@Entity
@Table(name = "message_error")
public class MessageError {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "message_id", nullable = false)
  private String messageId;

  @Column(nullable = false)
  private int attempt;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "error_class", nullable = false)
  private String errorClass;

  @Column(name = "message")
  private String message;

  @Column(name = "stack_trace")
  private String stackTrace;

  protected MessageError() {}

  public MessageError(
      String messageId,
      int attempt,
      Instant occurredAt,
      String errorClass,
      String message,
      String stackTrace) {
    this.id = TimeOrderedIds.next();
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.attempt = attempt;
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.errorClass = Objects.requireNonNull(errorClass, "errorClass");
    this.message = message;
    this.stackTrace = stackTrace;
  }

  static MessageError of(String messageId, int attempt, Throwable failure) {
    return new MessageError(
        messageId,
        attempt,
        Instant.now(),
        failure.getClass().getName(),
        StackTraces.message(failure),
        StackTraces.text(failure));
  }

  public String messageId() {
    return messageId;
  }

  public int attempt() {
    return attempt;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String errorClass() {
    return errorClass;
  }

  public String message() {
    return message == null ? "" : message;
  }

  public String stackTrace() {
    return stackTrace == null ? "" : stackTrace;
  }
}
