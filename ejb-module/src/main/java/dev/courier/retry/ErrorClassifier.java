package dev.courier.retry;

import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a handler's failure may be retried: {@link UnrecoverableMessageException} never,
 * {@link RecoverableMessageException} always (with its own delay if it carries one), anything else
 * unless its class, or a superclass, is listed as unrecoverable for the transport. The cause chain
 * is searched, so a wrapped Courier exception still counts.
 */
public final class ErrorClassifier {

  /** The verdict: retry or not, and the handler's own delay if it asked for one. */
  public record Classification(boolean recoverable, Optional<Long> retryDelayMs) {

    static Classification unrecoverable() {
      return new Classification(false, Optional.empty());
    }

    static Classification recoverable(Optional<Long> delayMs) {
      return new Classification(true, delayMs);
    }
  }

  private ErrorClassifier() {}

  public static Classification classify(Throwable failure, Set<String> unrecoverableClasses) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnrecoverableMessageException) {
        return Classification.unrecoverable();
      }
      if (t instanceof RecoverableMessageException recoverable) {
        return Classification.recoverable(recoverable.retryDelayMs());
      }
    }
    for (Class<?> c = failure.getClass(); c != null; c = c.getSuperclass()) {
      if (unrecoverableClasses.contains(c.getName())) {
        return Classification.unrecoverable();
      }
    }
    return Classification.recoverable(Optional.empty());
  }
}
