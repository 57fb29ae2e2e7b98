package dev.courier.ratelimit;

import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.transport.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The rate limits of this node's transports ({@code courier.transport.<name>.rate}, messages per
 * second). A delivery over the limit is put back with the delay of the slot it reserved, never
 * dropped and never waited for on a consumer thread.
 */
@ApplicationScoped
public class TransportRateLimits {

  /** A message back from its reserved slot this early is still taken as on time. */
  static final long SLOT_TOLERANCE_MS = 50;

  private final ConcurrentMap<String, RateLimiter> limiters = new ConcurrentHashMap<>();

  /**
   * @return 0 to handle the delivery now, else the ms to put it back for (its reserved slot)
   */
  public long delayMs(Transport transport, ReceivedMessage received, long nowMs) {
    if (transport.ratePerSecond() <= 0 || returnsToItsSlot(received, nowMs)) {
      return 0;
    }
    return limiters
        .computeIfAbsent(transport.name(), name -> new RateLimiter(transport.ratePerSecond()))
        .reserve(nowMs);
  }

  private static boolean returnsToItsSlot(ReceivedMessage received, long nowMs) {
    return received.properties().get(EnvelopeProperties.RATE_SLOT) instanceof Number slot
        && nowMs >= slot.longValue() - SLOT_TOLERANCE_MS;
  }
}
