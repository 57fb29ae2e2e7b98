package dev.courier.handler;

/** Thrown by a handler when retrying cannot help (bad data, a permanent refusal). */
public class UnrecoverableMessageException extends RuntimeException {

  public UnrecoverableMessageException(String message) {
    super(message);
  }

  public UnrecoverableMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
