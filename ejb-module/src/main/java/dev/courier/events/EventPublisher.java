package dev.courier.events;

import dev.courier.dispatch.DeliverySessions;
import dev.courier.dispatch.QueueSender;
import dev.courier.id.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Publishes events from server code (and from the HTTP API and the AMQP publish queue). An event
 * goes to its type's stream: it is written to the stream's log and sent to the stream's topic, from
 * which every group that reads the stream gets a copy (EventTopology). Both happen in the caller's
 * transaction — an event handler's follow-up events are published if and only if its transaction
 * commits — or in one of their own.
 *
 * <pre>{@code
 * @Inject EventPublisher events;
 * events.publish("features_updated", "{\"sku\":\"A-1\"}", Optional.of("secretmagic"), Optional.empty());
 * }</pre>
 */
@ApplicationScoped
public class EventPublisher {

  @Inject EventStreams streams;
  @Inject PublishingSwitch publishing;

  @Inject DeliverySessions sessions;

  /** Names the streams' topics only (see {@link #topic}); events go through {@link #sessions}. */
  @Inject
  @JMSConnectionFactory(QueueSender.CONNECTION_FACTORY)
  JMSContext naming;

  private final ConcurrentMap<String, Topic> topics = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  /**
   * @param data the event's data, any JSON value as text
   * @param eventId the event's id (a re-published id is skipped by the groups that handled it);
   *     empty for a new UUID
   * @throws UnknownEventTypeException for a type no stream takes
   * @throws PublishingPausedException while publishing is paused
   */
  @Transactional(
      value = TxType.REQUIRED,
      dontRollbackOn = {UnknownEventTypeException.class, PublishingPausedException.class})
  public PublishedEvent publish(
      String type, String data, Optional<String> clientId, Optional<String> eventId) {
    String stream =
        streams
            .streamOf(type)
            .orElseThrow(() -> new UnknownEventTypeException(type, streams.types()));
    if (publishing.paused()) {
      throw new PublishingPausedException();
    }
    Event event =
        new Event(
            eventId.orElseGet(TimeOrderedIds::next),
            type,
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            clientId,
            data);
    String body = EventCodec.toJson(event);
    LoggedEvent logged = new LoggedEvent(stream, event);
    // Its sequence number comes from the insert, which persist makes at once (an identity).
    em.persist(logged);
    send(stream, logged.seq(), event, body);
    return new PublishedEvent(event.eventId(), stream, logged.seq());
  }

  private void send(String stream, long seq, Event event, String body) {
    // The transaction's own broker session: one per transaction however many events it publishes,
    // and within a delivery's transaction the same branch as its acknowledgement.
    JMSContext jms = sessions.current();
    try {
      TextMessage message = jms.createTextMessage(body);
      for (Map.Entry<String, Object> property :
          EventMessages.properties(event, stream, seq).entrySet()) {
        message.setObjectProperty(property.getKey(), property.getValue());
      }
      jms.createProducer().setDeliveryDelay(0).setTimeToLive(0).send(topic(stream), message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  /**
   * The stream's topic, named once through the pooled factory: its names get WildFly's {@code
   * jms.topic.} prefix on every binding, where Courier's own factory has it off on a node of the
   * broker pair (server-config/broker/node.cli), and a topic it named would be an address nobody
   * reads.
   */
  private Topic topic(String stream) {
    return topics.computeIfAbsent(stream, s -> naming.createTopic(EventAddresses.topicName(s)));
  }
}
