package dev.courier.breaker;

import dev.courier.transport.BreakerPolicy;
import java.util.function.LongSupplier;

/**
 * One transport's circuit breaker (pure state, no side effects): opens after the policy's number of
 * consecutive failed attempts within its window, admits one trial message once the cool-down has
 * passed, and closes on the trial's success or opens again on its failure.
 */
final class CircuitBreaker {

  /** What a delivery may do now. */
  enum Admission {
    HANDLE,
    /** Handle it as the half-open breaker's one trial. */
    TRIAL,
    /** Put it back for later, uncharged. */
    DEFER
  }

  /** What a recorded outcome did to the breaker. */
  enum Change {
    NONE,
    OPENED,
    CLOSED
  }

  private final BreakerPolicy policy;
  private final LongSupplier clockMs;

  private volatile BreakerState state = BreakerState.CLOSED;
  private volatile int consecutiveFailures;
  private long firstFailureAt;
  private long openedAt;
  private boolean trialOut;

  CircuitBreaker(BreakerPolicy policy, LongSupplier clockMs) {
    this.policy = policy;
    this.clockMs = clockMs;
  }

  BreakerState state() {
    return state;
  }

  Admission admit() {
    if (state == BreakerState.CLOSED) {
      return Admission.HANDLE;
    }
    synchronized (this) {
      if (state == BreakerState.OPEN && clockMs.getAsLong() - openedAt >= policy.coolDownMs()) {
        state = BreakerState.HALF_OPEN;
        trialOut = false;
      }
      if (state == BreakerState.HALF_OPEN && !trialOut) {
        trialOut = true;
        return Admission.TRIAL;
      }
      return state == BreakerState.CLOSED ? Admission.HANDLE : Admission.DEFER;
    }
  }

  Change succeeded() {
    if (state == BreakerState.CLOSED && consecutiveFailures == 0) {
      return Change.NONE;
    }
    synchronized (this) {
      consecutiveFailures = 0;
      if (state == BreakerState.HALF_OPEN) {
        state = BreakerState.CLOSED;
        return Change.CLOSED;
      }
      return Change.NONE;
    }
  }

  synchronized Change failed() {
    long now = clockMs.getAsLong();
    switch (state) {
      case HALF_OPEN -> {
        return open(now);
      }
      case OPEN -> {
        return Change.NONE;
      }
      default -> {
        if (consecutiveFailures == 0 || now - firstFailureAt > policy.windowMs()) {
          consecutiveFailures = 1;
          firstFailureAt = now;
        } else {
          consecutiveFailures++;
        }
        return consecutiveFailures >= policy.failures() ? open(now) : Change.NONE;
      }
    }
  }

  /** Back to closed, as when an operator takes the transport over. */
  synchronized void reset() {
    state = BreakerState.CLOSED;
    consecutiveFailures = 0;
  }

  /** How long until an open breaker lets a trial through; 0 when not open. */
  synchronized long coolDownLeftMs() {
    return state == BreakerState.OPEN
        ? Math.max(0, openedAt + policy.coolDownMs() - clockMs.getAsLong())
        : 0;
  }

  private Change open(long now) {
    state = BreakerState.OPEN;
    openedAt = now;
    consecutiveFailures = 0;
    trialOut = false;
    return Change.OPENED;
  }
}
