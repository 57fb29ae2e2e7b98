package dev.courier.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void oneSecondsWorthRunsAtOnceThenEachGetsTheNextSlot() {
    RateLimiter limiter = new RateLimiter(4);
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      delays.add(limiter.reserve(10_000));
    }

    assertEquals(List.of(0L, 0L, 0L, 0L, 250L, 500L, 750L, 1_000L), delays);
  }

  @Test
  void slotsFreeUpAsTimePasses() {
    RateLimiter limiter = new RateLimiter(2);
    limiter.reserve(0);
    limiter.reserve(0);

    assertEquals(500, limiter.reserve(0));
    assertEquals(0, limiter.reserve(2_000));
  }

  @Test
  void aRateBelowOnePerSecondSpacesEveryDelivery() {
    RateLimiter limiter = new RateLimiter(0.5);

    assertEquals(0, limiter.reserve(0));
    assertEquals(2_000, limiter.reserve(0));
    assertEquals(1_000, limiter.reserve(3_000));
  }

  @Test
  void aRateMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0));
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(Double.NaN));
  }
}
