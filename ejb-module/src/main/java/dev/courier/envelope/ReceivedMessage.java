package dev.courier.envelope;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A delivery as it came off the queue: its text body (if any) and its application properties,
 * without the broker's own ({@code JMS*}, {@code _AMQ*}). Kept as received so even a message that
 * is not a Courier envelope can be stored and sent again.
 *
 * @param expiresAt when the broker drops the message unhandled (epoch ms); 0 for never
 */
public record ReceivedMessage(
    Optional<String> body, Map<String, Object> properties, String brokerMessageId, long expiresAt) {

  public ReceivedMessage {
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  public static ReceivedMessage of(Message message) throws JMSException {
    Map<String, Object> properties = new TreeMap<>();
    for (Object name : Collections.list(message.getPropertyNames())) {
      String key = (String) name;
      if (!key.startsWith("JMS") && !key.startsWith("_AMQ") && !key.startsWith("__AMQ")) {
        properties.put(key, message.getObjectProperty(key));
      }
    }
    return new ReceivedMessage(
        bodyOf(message),
        properties,
        String.valueOf(message.getJMSMessageID()),
        message.getJMSExpiration());
  }

  /**
   * The text of a text message, or of a bytes message read as UTF-8: an AMQP client's body in a
   * data section (content type {@code application/json}) arrives as bytes.
   */
  private static Optional<String> bodyOf(Message message) throws JMSException {
    if (message instanceof TextMessage text) {
      return Optional.ofNullable(text.getText());
    }
    if (message instanceof BytesMessage bytes) {
      byte[] data = new byte[(int) bytes.getBodyLength()];
      bytes.readBytes(data);
      return Optional.of(new String(data, StandardCharsets.UTF_8));
    }
    return Optional.empty();
  }

  public Envelope decode() throws MalformedEnvelopeException {
    if (body.isEmpty()) {
      throw new MalformedEnvelopeException("the message has no text body");
    }
    return EnvelopeCodec.decode(body.get(), properties);
  }

  /** The Courier id if it has one, else the broker's. */
  public String messageId() {
    Object id = properties.get(EnvelopeProperties.ID);
    return id != null && !id.toString().isBlank() ? id.toString() : brokerMessageId;
  }

  /** The Courier type if it has one. */
  public Optional<String> type() {
    return Optional.ofNullable(properties.get(EnvelopeProperties.TYPE)).map(Object::toString);
  }
}
