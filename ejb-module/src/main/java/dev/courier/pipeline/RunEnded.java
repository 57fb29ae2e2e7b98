package dev.courier.pipeline;

import dev.courier.handler.MessageType;

/**
 * A run ended, {@code done} or {@code failed}: sent in the transaction that ended it, when the
 * application has a handler for this type (routed by {@code courier.routing.courier.run-ended}),
 * e.g. to send a notification. A failed run that is resumed and ends again sends another.
 *
 * @param error why it failed; null when it is done
 */
@MessageType(RunEnded.TYPE)
public record RunEnded(String runId, String pipeline, String status, String error) {

  public static final String TYPE = "courier.run-ended";
}
