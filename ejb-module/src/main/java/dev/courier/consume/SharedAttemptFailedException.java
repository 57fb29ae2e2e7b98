package dev.courier.consume;

import dev.courier.envelope.Envelope;

/**
 * A handler running in its batch's transaction failed: the batch rolls back (undoing the handler's
 * work with it) and the failure is remembered ({@link RememberedFailures}) for the redelivery.
 */
class SharedAttemptFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SharedAttemptFailedException(Envelope envelope, Throwable cause) {
    super(
        "message "
            + envelope.id()
            + " failed in its batch's transaction; the batch rolls back and the failure is"
            + " applied when it comes back",
        cause);
  }
}
