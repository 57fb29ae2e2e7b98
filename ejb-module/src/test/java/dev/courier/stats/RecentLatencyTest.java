package dev.courier.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentLatencyTest {

  private final AtomicLong now = new AtomicLong(0);
  private final RecentLatency recent = new RecentLatency(now::get);

  @Test
  void itKeepsTheCurrentMinuteAndTheFourBefore() {
    recent.record(1_000_000);
    now.set(60_000 * 4 + 59_999);
    recent.record(1_000_000);
    assertEquals(2, recent.snapshot().total());

    now.set(60_000 * 5);
    assertEquals(1, recent.snapshot().total());
    now.set(60_000 * 9);
    assertEquals(0, recent.snapshot().total());
  }

  @Test
  void aSlotIsEmptiedWhenItsMinuteComesRoundAgain() {
    recent.record(1_000_000);
    recent.record(1_000_000);
    now.set(60_000 * 5);
    recent.record(1_000_000);

    assertEquals(1, recent.snapshot().total());
  }
}
