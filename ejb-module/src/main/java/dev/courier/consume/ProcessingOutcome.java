package dev.courier.consume;

/** What the consumer does with the delivery after processing. */
public enum ProcessingOutcome {
  /** Handled: acknowledge with the transaction. */
  COMMIT,
  /** The handler failed; its retry or failure record commits with the acknowledgement. */
  HANDLER_FAILED,
  /** Not handled: roll back so the broker redelivers (and dead-letters it after its attempts). */
  ROLLBACK
}
