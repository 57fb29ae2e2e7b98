package dev.courier.consume;

import dev.courier.breaker.TransportBreakers;
import dev.courier.build.BuildGuard;
import dev.courier.envelope.Envelope;
import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.ratelimit.TransportRateLimits;
import dev.courier.stats.Deferral;
import dev.courier.transport.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides whether this node handles a delivery now. When not, the delivery is put back on its queue
 * for later, unchanged and uncharged ({@link Deferrer}), in the consuming transaction.
 */
@ApplicationScoped
public class DeliveryGate {

  @Inject Deferrer deferrer;
  @Inject BuildGuard buildGuard;
  @Inject TransportRateLimits rateLimits;
  @Inject TransportBreakers breakers;

  @Inject
  @ConfigProperty(name = "courier.build-guard.delay", defaultValue = "30000")
  long newerBuildDelayMs;

  /** False (and put back for a newer node) when the message comes from a newer build. */
  public boolean fromThisOrAnOlderBuild(
      ReceivedMessage received, Envelope envelope, Transport transport) {
    if (!buildGuard.refuses(envelope.build())) {
      return true;
    }
    deferrer.defer(
        received, envelope, transport, Deferral.NEWER_BUILD, newerBuildDelayMs, Map.of());
    return false;
  }

  /**
   * False (and put back) while the transport is over its rate limit, or while its breaker is not
   * closed. The rate limit is asked first, so a half-open breaker's one trial is always handled.
   */
  public boolean withinLimits(ReceivedMessage received, Envelope envelope, Transport transport) {
    long now = System.currentTimeMillis();
    long rateDelayMs = rateLimits.delayMs(transport, received, now);
    if (rateDelayMs > 0) {
      deferrer.defer(
          received,
          envelope,
          transport,
          Deferral.RATE_LIMIT,
          rateDelayMs,
          Map.of(EnvelopeProperties.RATE_SLOT, now + rateDelayMs));
      return false;
    }
    if (!breakers.admits(transport)) {
      deferrer.defer(
          received,
          envelope,
          transport,
          Deferral.BREAKER_OPEN,
          breakers.deferMs(transport),
          Map.of());
      return false;
    }
    return true;
  }
}
