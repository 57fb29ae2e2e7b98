package dev.courier.consume;

import dev.courier.handler.RecoverableMessageException;

/**
 * A handler ran longer than its transport's {@code timeout}: its work is rolled back and retried.
 */
public class HandlerTimeoutException extends RecoverableMessageException {

  HandlerTimeoutException(long tookMs, long timeoutMs) {
    super(
        "the handler ran "
            + tookMs
            + " ms, longer than the transport's timeout of "
            + timeoutMs
            + " ms");
  }
}
