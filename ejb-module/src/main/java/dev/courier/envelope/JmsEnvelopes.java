package dev.courier.envelope;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Reads and writes envelopes on JMS text messages. */
public final class JmsEnvelopes {

  private JmsEnvelopes() {}

  public static void write(Envelope envelope, TextMessage message) throws JMSException {
    for (Map.Entry<String, Object> property : EnvelopeCodec.properties(envelope).entrySet()) {
      message.setObjectProperty(property.getKey(), property.getValue());
    }
  }

  public static Envelope read(Message message) throws JMSException, MalformedEnvelopeException {
    if (!(message instanceof TextMessage text)) {
      throw new MalformedEnvelopeException(
          "expected a text message with a JSON body, got " + message.getClass().getSimpleName());
    }
    Map<String, Object> properties = new HashMap<>();
    for (Object name : Collections.list(message.getPropertyNames())) {
      properties.put((String) name, message.getObjectProperty((String) name));
    }
    return EnvelopeCodec.decode(text.getText(), properties);
  }
}
