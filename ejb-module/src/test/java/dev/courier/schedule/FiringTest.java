package dev.courier.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiringTest {

  private static final Duration LATE_AFTER = Duration.ofMinutes(1);
  private static final Instant SLOT = Instant.parse("2026-12-07T03:00:00Z");

  @Test
  void aFiringAtItsSlotRuns() {
    assertEquals(
        Firing.RUN,
        Firing.decide(
            SLOT.plusSeconds(2),
            Optional.of(SLOT),
            Optional.of(SLOT.minus(Duration.ofDays(7))),
            false,
            LATE_AFTER));
  }

  @Test
  void theFirstFiringEverRuns() {
    assertEquals(
        Firing.RUN, Firing.decide(SLOT, Optional.empty(), Optional.empty(), false, LATE_AFTER));
  }

  @Test
  void aLateFiringAfterDowntimeCatchesUp() {
    assertEquals(
        Firing.CATCH_UP,
        Firing.decide(
            SLOT.plus(Duration.ofHours(5)),
            Optional.of(SLOT),
            Optional.of(SLOT.minus(Duration.ofDays(7))),
            false,
            LATE_AFTER));
  }

  @Test
  void furtherFiringsForSlotsMissedBeforeTheCatchUpAreCovered() {
    Instant caughtUpAt = SLOT.plus(Duration.ofHours(5));
    Instant nextMissedSlot = SLOT.plus(Duration.ofHours(1));
    assertEquals(
        Firing.COVERED,
        Firing.decide(
            caughtUpAt.plusMillis(20),
            Optional.of(nextMissedSlot),
            Optional.of(caughtUpAt),
            true,
            LATE_AFTER));
  }

  @Test
  void aSlotWhileTheLastRunIsStillOutIsSkipped() {
    assertEquals(
        Firing.SKIP_OVERLAP,
        Firing.decide(
            SLOT, Optional.of(SLOT), Optional.of(SLOT.minusSeconds(2)), true, LATE_AFTER));
  }

  @Test
  void aLateSlotWhileTheLastRunIsStillOutIsSkippedToo() {
    assertEquals(
        Firing.SKIP_OVERLAP,
        Firing.decide(
            SLOT.plus(Duration.ofHours(2)),
            Optional.of(SLOT),
            Optional.of(SLOT.minusSeconds(60)),
            true,
            LATE_AFTER));
  }
}
