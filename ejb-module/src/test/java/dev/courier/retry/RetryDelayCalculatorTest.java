package dev.courier.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.courier.transport.RetryPolicy;
import org.junit.jupiter.api.Test;

class RetryDelayCalculatorTest {

  private static final RetryPolicy NO_JITTER = new RetryPolicy(5, 1_000, 3, 20_000, 0);

  @Test
  void theDelayGrowsByTheMultiplierFromTheFirstDelay() {
    assertEquals(1_000, RetryDelayCalculator.delayMs(NO_JITTER, 1, () -> 0.5));
    assertEquals(3_000, RetryDelayCalculator.delayMs(NO_JITTER, 2, () -> 0.5));
    assertEquals(9_000, RetryDelayCalculator.delayMs(NO_JITTER, 3, () -> 0.5));
  }

  @Test
  void theDelayIsCappedByTheMaxDelay() {
    assertEquals(20_000, RetryDelayCalculator.delayMs(NO_JITTER, 4, () -> 0.5));
    assertEquals(20_000, RetryDelayCalculator.delayMs(NO_JITTER, 60, () -> 0.5));
  }

  @Test
  void jitterSpreadsTheDelayByItsFractionEitherWay() {
    RetryPolicy policy = new RetryPolicy(3, 1_000, 2, 60_000, 0.1);

    assertEquals(900, RetryDelayCalculator.delayMs(policy, 1, () -> 0.0));
    assertEquals(1_000, RetryDelayCalculator.delayMs(policy, 1, () -> 0.5));
    assertEquals(1_100, RetryDelayCalculator.delayMs(policy, 1, () -> 1.0));
    assertEquals(1_800, RetryDelayCalculator.delayMs(policy, 2, () -> 0.0));
  }

  @Test
  void jitterAppliesAfterTheCap() {
    RetryPolicy policy = new RetryPolicy(3, 1_000, 10, 5_000, 0.2);

    assertEquals(6_000, RetryDelayCalculator.delayMs(policy, 3, () -> 1.0));
  }

  @Test
  void aZeroDelayStaysZero() {
    assertEquals(0, RetryDelayCalculator.delayMs(new RetryPolicy(3, 0, 2, 0, 0.1), 2, () -> 1.0));
  }

  @Test
  void retriesAreNumberedFromOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryDelayCalculator.delayMs(NO_JITTER, 0, () -> 0.5));
  }
}
