package dev.courier.probe;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The input of a run of the probe pipeline ({@code courier.probe}: {@code probe_start} → {@code
 * probe_items} → {@code probe_finish}, a join), and the message of each of its stages.
 *
 * @param failAt the stage that fails, or null for none
 * @param failTimes the first this-many attempts at {@code failAt} fail, counted over the run
 * @param unrecoverable those attempts fail unrecoverably (straight to the failure store)
 * @param items how many messages {@code probe_start} fans out to {@code probe_items}
 * @param sleepMs each stage works this long before it succeeds
 */
@MessageType(ProbeRun.TYPE)
public record ProbeRun(
    @Pattern(regexp = "probe_start|probe_items|probe_finish") String failAt,
    @PositiveOrZero @Max(1_000) int failTimes,
    boolean unrecoverable,
    @PositiveOrZero @Max(MAX_ITEMS) int items,
    @PositiveOrZero @Max(60_000) long sleepMs) {

  public static final String TYPE = "courier.probe-run";
  public static final int MAX_ITEMS = 10_000;
}
