package dev.courier.consume;

import dev.courier.envelope.Envelope;

/**
 * A handler was interrupted (the server is shutting down under it). Not the message's fault, so not
 * charged against its retries: the delivery is rolled back and the broker delivers it again.
 */
class AttemptInterruptedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  AttemptInterruptedException(Envelope envelope, Throwable cause) {
    super(
        "the handling of message "
            + envelope.id()
            + " was interrupted; it is rolled back and delivered again",
        cause);
  }

  /** Whether the failure is, or was caused by, an interruption of the handler's thread. */
  static boolean interrupted(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterruptedException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Thread.currentThread().isInterrupted();
  }
}
