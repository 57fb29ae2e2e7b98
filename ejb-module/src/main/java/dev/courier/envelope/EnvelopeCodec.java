package dev.courier.envelope;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Converts an envelope to and from a message body and its properties. Pure: the JMS side is in
 * {@link ReceivedMessage} (reading) and {@code dispatch.QueueSender} (writing). Decoding is lenient
 * about number types, because AMQP clients in other languages send integers as whatever their
 * library chooses.
 */
public final class EnvelopeCodec {

  private EnvelopeCodec() {}

  public static Map<String, Object> properties(Envelope envelope) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(EnvelopeProperties.TYPE, envelope.type());
    properties.put(EnvelopeProperties.ID, envelope.id());
    properties.put(EnvelopeProperties.ATTEMPT, envelope.attempt());
    properties.put(EnvelopeProperties.DISPATCHED_AT, envelope.dispatchedAt());
    properties.put(EnvelopeProperties.BUILD, envelope.build());
    properties.put(EnvelopeProperties.ORIGIN, envelope.origin());
    envelope.correlationId().ifPresent(id -> properties.put(EnvelopeProperties.CORRELATION_ID, id));
    envelope.runId().ifPresent(id -> properties.put(EnvelopeProperties.RUN_ID, id));
    return properties;
  }

  public static Envelope decode(String body, Map<String, Object> properties)
      throws MalformedEnvelopeException {
    if (body == null) {
      throw new MalformedEnvelopeException("the message has no text body");
    }
    return new Envelope(
        requiredText(properties, EnvelopeProperties.ID),
        requiredText(properties, EnvelopeProperties.TYPE),
        (int) requiredNumber(properties, EnvelopeProperties.ATTEMPT, 0, Integer.MAX_VALUE),
        requiredNumber(properties, EnvelopeProperties.DISPATCHED_AT, 0, Long.MAX_VALUE),
        requiredText(properties, EnvelopeProperties.BUILD),
        requiredText(properties, EnvelopeProperties.ORIGIN),
        optionalText(properties, EnvelopeProperties.CORRELATION_ID),
        optionalText(properties, EnvelopeProperties.RUN_ID),
        body);
  }

  private static Optional<String> optionalText(Map<String, Object> properties, String name) {
    return Optional.ofNullable(properties.get(name)).map(String::valueOf);
  }

  private static String requiredText(Map<String, Object> properties, String name)
      throws MalformedEnvelopeException {
    Object value = properties.get(name);
    if (value == null || value.toString().isBlank()) {
      throw new MalformedEnvelopeException("property " + name + " is missing");
    }
    return value.toString();
  }

  private static long requiredNumber(
      Map<String, Object> properties, String name, long min, long max)
      throws MalformedEnvelopeException {
    Object value = properties.get(name);
    if (value == null) {
      throw new MalformedEnvelopeException("property " + name + " is missing");
    }
    long number;
    if (value instanceof Number n) {
      number = n.longValue();
    } else {
      try {
        number = Long.parseLong(value.toString().trim());
      } catch (NumberFormatException e) {
        throw new MalformedEnvelopeException("property " + name + " is not a number: " + value);
      }
    }
    if (number < min || number > max) {
      throw new MalformedEnvelopeException("property " + name + " is out of range: " + number);
    }
    return number;
  }
}
