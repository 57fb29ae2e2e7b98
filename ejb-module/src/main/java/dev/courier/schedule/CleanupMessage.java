package dev.courier.schedule;

import dev.courier.handler.MessageType;

/** Asks for one pass of the retention cleanup ({@link CleanupHandler}). */
@MessageType(CleanupMessage.TYPE)
public record CleanupMessage(String requestedBy) {

  public static final String TYPE = "courier.cleanup";
}
