package dev.courier.consume;

import dev.courier.dispatch.QueueSender;
import dev.courier.envelope.Envelope;
import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.stats.Deferral;
import dev.courier.stats.HandlerStats;
import dev.courier.transport.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a delivery back on its queue for later, unchanged (its attempt is not charged), in the
 * consuming transaction: the copy is sent if and only if this delivery is acknowledged.
 */
@ApplicationScoped
public class Deferrer {

  @Inject QueueSender sender;
  @Inject HandlerStats stats;

  /**
   * @param marks properties added to the copy, e.g. the slot a rate limit reserved for it
   */
  @Transactional(TxType.MANDATORY)
  public void defer(
      ReceivedMessage received,
      Envelope envelope,
      Transport transport,
      Deferral reason,
      long delayMs,
      Map<String, Object> marks) {
    Map<String, Object> properties = new LinkedHashMap<>(received.properties());
    properties.remove(EnvelopeProperties.RATE_SLOT);
    properties.putAll(marks);
    sender.sendRawInDelivery(
        transport, envelope.body(), properties, Math.max(1, delayMs), received.expiresAt());
    stats.deferred(envelope.type(), transport.name(), reason);
  }
}
