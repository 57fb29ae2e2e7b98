package dev.courier.consume;

import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads what an AMQP client sent: its type, an optional text property, and its JSON body. */
final class AmqpBodies {

  private static final int MAX_TEXT = 200;

  private AmqpBodies() {}

  static String type(ReceivedMessage received) throws MalformedEnvelopeException {
    return received
        .type()
        .filter(type -> !type.isBlank())
        .orElseThrow(
            () ->
                new MalformedEnvelopeException(
                    "application property " + EnvelopeProperties.TYPE + " is missing"));
  }

  /** A text property of at most 200 characters, if present. */
  static Optional<String> text(ReceivedMessage received, String property)
      throws MalformedEnvelopeException {
    Optional<String> value =
        Optional.ofNullable(received.properties().get(property))
            .map(Object::toString)
            .filter(text -> !text.isBlank());
    if (value.isPresent() && value.get().length() > MAX_TEXT) {
      throw new MalformedEnvelopeException(
          "application property " + property + " is longer than " + MAX_TEXT + " characters");
    }
    return value;
  }

  /** The body as JSON: an AMQP string value, or a data section holding UTF-8 JSON. */
  static JsonValue json(ReceivedMessage received, int maxBytes) throws MalformedEnvelopeException {
    String body =
        received
            .body()
            .orElseThrow(
                () ->
                    new MalformedEnvelopeException(
                        "the message has no body: send the JSON as an AMQP string value, or as a"
                            + " data section with content type application/json"));
    if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new MalformedEnvelopeException("the body is over the limit of " + maxBytes + " bytes");
    }
    try (var reader = Jsonp.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new MalformedEnvelopeException("the body is not JSON: " + e.getMessage());
    }
  }
}
