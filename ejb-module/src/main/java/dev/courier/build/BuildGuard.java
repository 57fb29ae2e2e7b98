package dev.courier.build;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Guards against running old code on new messages during a rolling deploy: a message stamped by a
 * newer build than this node's is not handled here. Once one is seen, this node is stale (its
 * {@code courier-build} readiness check goes DOWN) until it is redeployed.
 */
@ApplicationScoped
public class BuildGuard {

  /** What the guard has seen. */
  public record Status(String thisBuild, Optional<String> newestBuildSeen, long deferredMessages) {

    public boolean stale() {
      return newestBuildSeen.isPresent();
    }
  }

  private final Optional<BuildVersion> thisBuild = BuildVersion.parse(BuildInfo.version());
  private final AtomicReference<BuildVersion> newestSeen = new AtomicReference<>();
  private final LongAdder deferred = new LongAdder();

  /**
   * Whether a message stamped with {@code build} must be left for a newer node; counts it if so.
   * Messages from this build, older builds, or without a readable build version are handled.
   */
  public boolean refuses(String build) {
    Optional<BuildVersion> sender = BuildVersion.parse(build);
    if (thisBuild.isEmpty() || sender.isEmpty() || !sender.get().isNewerThan(thisBuild.get())) {
      return false;
    }
    newestSeen.accumulateAndGet(
        sender.get(), (seen, next) -> seen == null || next.isNewerThan(seen) ? next : seen);
    deferred.increment();
    return true;
  }

  public Status status() {
    return new Status(
        BuildInfo.version(),
        Optional.ofNullable(newestSeen.get()).map(BuildVersion::toString),
        deferred.sum());
  }
}
