package dev.courier.probe;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A synthetic message that checks the whole path on a live system.
 *
 * @param failTimes the handler fails (recoverably) on the probe's first this-many attempts, counted
 *     over the probe's whole life
 * @param unrecoverable the handler fails with an unrecoverable error
 * @param sleepMs the handler works this long before it succeeds
 */
@MessageType(ProbeMessage.TYPE)
public record ProbeMessage(
    @PositiveOrZero @Max(1_000) int failTimes,
    boolean unrecoverable,
    @PositiveOrZero @Max(60_000) long sleepMs) {

  public static final String TYPE = "courier.probe";
}
