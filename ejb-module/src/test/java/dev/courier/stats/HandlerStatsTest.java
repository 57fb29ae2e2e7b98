package dev.courier.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerStatsTest {

  private final HandlerStats stats = new HandlerStats(() -> 0L);

  @Test
  void outcomesAreCountedPerTypeAndTransport() {
    stats.handled("a", "high", 1_000_000);
    stats.handled("a", "low", 1_000_000);
    stats.failed("a", "low", 1_000_000, true);
    stats.failed("a", "low", 1_000_000, false);
    stats.deferred("b", "high", Deferral.RATE_LIMIT);

    List<HandlerSnapshot> all = stats.byTypeAndTransport();
    assertEquals(3, all.size());
    HandlerSnapshot aLow = all.get(1);
    assertEquals("a", aLow.type());
    assertEquals("low", aLow.transport());
    assertEquals(1, aLow.handled());
    assertEquals(1, aLow.retried());
    assertEquals(1, aLow.failed());
    assertEquals(3, aLow.sinceStart().total());
    assertEquals(1, all.get(2).deferred().get(Deferral.RATE_LIMIT));
  }

  @Test
  void perTypeTheTransportsAddUp() {
    stats.handled("a", "high", 1_000_000);
    stats.handled("a", "low", 1_000_000);
    stats.failed("a", "low", 1_000_000, true);

    List<HandlerSnapshot> byType = stats.byType();
    assertEquals(1, byType.size());
    assertEquals(2, byType.get(0).handled());
    assertEquals(1, byType.get(0).retried());
    assertEquals(3, byType.get(0).lastFiveMinutes().total());
    assertNull(byType.get(0).transport());
  }
}
