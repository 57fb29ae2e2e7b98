package dev.courier.events;

import dev.courier.build.BuildInfo;
import dev.courier.envelope.EnvelopeProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/** The application properties of an event's message, as published and as replayed. */
final class EventMessages {

  private EventMessages() {}

  static Map<String, Object> properties(Event event, String stream, long seq) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(EnvelopeProperties.TYPE, event.type());
    properties.put(EnvelopeProperties.ID, event.eventId());
    properties.put(EnvelopeProperties.ATTEMPT, 0);
    properties.put(EnvelopeProperties.DISPATCHED_AT, event.timestamp().toEpochMilli());
    properties.put(EnvelopeProperties.BUILD, BuildInfo.version());
    properties.put(EnvelopeProperties.ORIGIN, stream);
    properties.put(EventProperties.STREAM, stream);
    properties.put(EventProperties.SEQ, seq);
    event.clientId().ifPresent(id -> properties.put(EventProperties.CLIENT_ID, id));
    return properties;
  }
}
