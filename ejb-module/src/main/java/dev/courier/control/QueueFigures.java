package dev.courier.control;

import java.util.Optional;

/**
 * What the broker says of a transport's queue.
 *
 * @param scheduledCount messages waiting for their delivery delay (retries among them)
 * @param messagesExpired messages the broker dropped unhandled because their time-to-live passed
 * @param oldestMessageAgeMs age of the message at the head of the queue, if any
 */
public record QueueFigures(
    boolean paused,
    long messageCount,
    long deliveringCount,
    long scheduledCount,
    long consumerCount,
    long messagesAdded,
    long messagesAcknowledged,
    long messagesExpired,
    Optional<Long> oldestMessageAgeMs) {

  /** The figures of a queue that does not exist. */
  public static final QueueFigures ABSENT =
      new QueueFigures(false, 0, 0, 0, 0, 0, 0, 0, Optional.empty());
}
