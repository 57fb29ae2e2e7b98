package dev.courier.breaker;

import static dev.courier.breaker.CircuitBreaker.Admission.DEFER;
import static dev.courier.breaker.CircuitBreaker.Admission.HANDLE;
import static dev.courier.breaker.CircuitBreaker.Admission.TRIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courier.transport.BreakerPolicy;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final CircuitBreaker breaker =
      new CircuitBreaker(new BreakerPolicy(3, 10_000, 5_000), now::get);

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      breaker.failed();
    }
  }

  @Test
  void itOpensOnTheLastOfTheConsecutiveFailures() {
    assertEquals(CircuitBreaker.Change.NONE, breaker.failed());
    assertEquals(CircuitBreaker.Change.NONE, breaker.failed());
    assertEquals(CircuitBreaker.Change.OPENED, breaker.failed());
    assertEquals(BreakerState.OPEN, breaker.state());
    assertEquals(DEFER, breaker.admit());
    assertEquals(5_000, breaker.coolDownLeftMs());
  }

  @Test
  void aSuccessInBetweenStartsTheCountAgain() {
    fail(2);
    breaker.succeeded();
    fail(2);

    assertEquals(BreakerState.CLOSED, breaker.state());
    assertEquals(HANDLE, breaker.admit());
  }

  @Test
  void failuresFurtherApartThanTheWindowDoNotAddUp() {
    fail(2);
    now.addAndGet(10_001);
    fail(2);

    assertEquals(BreakerState.CLOSED, breaker.state());
    breaker.failed();
    assertEquals(BreakerState.OPEN, breaker.state());
  }

  @Test
  void afterTheCoolDownOneTrialIsLetThroughAndTheRestWait() {
    fail(3);
    now.addAndGet(4_999);
    assertEquals(DEFER, breaker.admit());

    now.addAndGet(1);
    assertEquals(TRIAL, breaker.admit());
    assertEquals(BreakerState.HALF_OPEN, breaker.state());
    assertEquals(DEFER, breaker.admit());
  }

  @Test
  void aSuccessfulTrialClosesIt() {
    fail(3);
    now.addAndGet(5_000);
    breaker.admit();

    assertEquals(CircuitBreaker.Change.CLOSED, breaker.succeeded());
    assertEquals(BreakerState.CLOSED, breaker.state());
    assertEquals(HANDLE, breaker.admit());
  }

  @Test
  void aFailedTrialOpensItForAnotherCoolDown() {
    fail(3);
    now.addAndGet(5_000);
    breaker.admit();

    assertEquals(CircuitBreaker.Change.OPENED, breaker.failed());
    assertEquals(DEFER, breaker.admit());
    assertEquals(5_000, breaker.coolDownLeftMs());
  }

  @Test
  void failuresOfDeliveriesAlreadyUnderWayWhileOpenChangeNothing() {
    fail(3);
    now.addAndGet(1_000);

    assertEquals(CircuitBreaker.Change.NONE, breaker.failed());
    assertEquals(4_000, breaker.coolDownLeftMs());
  }

  @Test
  void aResetClosesIt() {
    fail(3);
    breaker.reset();

    assertEquals(BreakerState.CLOSED, breaker.state());
    assertEquals(HANDLE, breaker.admit());
  }
}
