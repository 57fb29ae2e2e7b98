package dev.courier.handler;

/** Thrown by a handler when a later attempt may succeed (a timeout, a busy dependency). */
public class RecoverableMessageException extends RuntimeException {

  public RecoverableMessageException(String message) {
    super(message);
  }

  public RecoverableMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
