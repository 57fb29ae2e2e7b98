package dev.courier.events;

import dev.courier.envelope.Envelope;
import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How a consumer group's transport delivers an event (called by the message processor for the
 * group's queue): to the group's handler for the event's type, once per event id (the group's
 * {@link EventInbox}). Each group's copy of an event has a message id of its own, derived from the
 * group and the event id ({@link #deliveryId}), so its retries, error history and failure record
 * are the group's alone, and retrying a failure record delivers to that group only.
 */
@ApplicationScoped
public class GroupDeliveries {

  @Inject EventStreams streams;
  @Inject EventHandlerDiscovery discovery;
  @Inject EventInbox inbox;
  @Inject GroupCounters counters;
  @Inject @Any Instance<Object> beans;

  private final ConcurrentMap<Class<?>, EventHandler> handlers = new ConcurrentHashMap<>();

  /** A group's handler bound to one event. */
  public record Target(MessageHandler<Object> handler, Event event) {}

  public boolean isGroup(String transport) {
    return streams.groups().containsKey(transport);
  }

  /** The message id of a group's copy of an event: the same for every delivery of that copy. */
  public static String deliveryId(String group, String eventId) {
    return UUID.nameUUIDFromBytes((group + '\n' + eventId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * A group's delivery with the group's message id, and its event as parsed once for both the id
   * and the handler; the delivery unchanged and no event when its body is not an event.
   */
  public record Addressed(ReceivedMessage message, Optional<Event> event) {}

  public Addressed addressedTo(String group, ReceivedMessage received) {
    if (received.body().isEmpty()) {
      return new Addressed(received, Optional.empty());
    }
    try {
      Event event = EventCodec.fromJson(received.body().get());
      Map<String, Object> properties = new HashMap<>(received.properties());
      properties.put(EnvelopeProperties.ID, deliveryId(group, event.eventId()));
      return new Addressed(
          new ReceivedMessage(
              received.body(), properties, received.brokerMessageId(), received.expiresAt()),
          Optional.of(event));
    } catch (EventCodec.MalformedEventException e) {
      return new Addressed(received, Optional.empty());
    }
  }

  /**
   * @param parsed the event {@link #addressedTo} parsed from the envelope's body; when empty, the
   *     body is parsed again for the reason it is not an event
   */
  public Target target(String group, Envelope envelope, Optional<Event> parsed)
      throws MalformedEnvelopeException {
    Event event;
    try {
      event = parsed.isPresent() ? parsed.get() : EventCodec.fromJson(envelope.body());
    } catch (EventCodec.MalformedEventException e) {
      throw new MalformedEnvelopeException("the body is not an event: " + e.getMessage());
    }
    Class<?> handlerClass =
        discovery
            .handlerOf(group, event.type())
            .orElseThrow(
                () ->
                    new MalformedEnvelopeException(
                        "group '"
                            + group
                            + "' has no handler for event type '"
                            + event.type()
                            + "'"));
    EventHandler handler = handlers.computeIfAbsent(handlerClass, this::instance);
    String stream = streams.streamOf(event.type()).orElse(envelope.origin());
    EventContext context = new EventContext(group, stream, envelope.attempt());
    MessageHandler<Object> delivery =
        (payload, messageContext) -> {
          if (!inbox.firstDelivery(group, event.eventId())) {
            counters.duplicate(group, stream);
            return;
          }
          handler.handle(event, context);
        };
    return new Target(delivery, event);
  }

  private EventHandler instance(Class<?> handlerClass) {
    return (EventHandler) beans.select(handlerClass, Any.Literal.INSTANCE).get();
  }
}
