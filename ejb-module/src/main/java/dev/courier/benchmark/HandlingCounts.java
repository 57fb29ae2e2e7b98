package dev.courier.benchmark;

import dev.courier.stats.HandlerSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Messages handled, failed for good, attempts retried and deliveries deferred, as a minute row and
 * a snapshot's figure both keep them.
 */
@Embeddable
public class HandlingCounts {

  @Column(nullable = false)
  private long handled;

  @Column(nullable = false)
  private long failed;

  @Column(nullable = false)
  private long retried;

  @Column(nullable = false)
  private long deferred;

  protected HandlingCounts() {}

  HandlingCounts(long handled, long failed, long retried, long deferred) {
    this.handled = handled;
    this.failed = failed;
    this.retried = retried;
    this.deferred = deferred;
  }

  static HandlingCounts of(HandlerSnapshot figures) {
    return new HandlingCounts(
        figures.handled(), figures.failed(), figures.retried(), figures.deferredTotal());
  }

  HandlingCounts plus(HandlingCounts other) {
    return new HandlingCounts(
        handled + other.handled,
        failed + other.failed,
        retried + other.retried,
        deferred + other.deferred);
  }

  public long handled() {
    return handled;
  }

  public long failed() {
    return failed;
  }

  public long retried() {
    return retried;
  }

  public long deferred() {
    return deferred;
  }
}
