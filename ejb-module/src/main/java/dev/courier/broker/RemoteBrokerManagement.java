package dev.courier.broker;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.function.Supplier;

/**
 * A standalone broker, through management messages: a request to the broker's management address
 * names the resource and the operation or attribute in properties, with the arguments as a JSON
 * array in its text; the broker answers on the request's reply-to queue with the result as a JSON
 * array of one. One request at a time, on one session kept open and replaced when it breaks.
 */
final class RemoteBrokerManagement implements BrokerManagement {

  static final String MANAGEMENT_ADDRESS = "activemq.management";
  private static final long ANSWER_TIMEOUT_MS = 10_000;

  private final Supplier<JMSContext> sessions;
  private JMSContext session;
  private TemporaryQueue replies;
  private JMSConsumer answers;

  RemoteBrokerManagement(Supplier<JMSContext> sessions) {
    this.sessions = sessions;
  }

  @Override
  public Object attribute(String resource, String attribute) throws BrokerManagementException {
    return ask(resource, "_AMQ_Attribute", attribute, null);
  }

  @Override
  public Object invoke(String resource, String operation, Object... arguments)
      throws BrokerManagementException {
    return ask(resource, "_AMQ_OperationName", operation, json(arguments));
  }

  private synchronized Object ask(String resource, String kind, String name, String arguments)
      throws BrokerManagementException {
    String what = name + " of " + resource;
    Message answer;
    try {
      open();
      TextMessage request = session.createTextMessage(arguments);
      request.setStringProperty("_AMQ_ResourceName", resource);
      request.setStringProperty(kind, name);
      request.setJMSReplyTo(replies);
      session.createProducer().send(session.createQueue(MANAGEMENT_ADDRESS), request);
      answer = answers.receive(ANSWER_TIMEOUT_MS);
    } catch (JMSException | JMSRuntimeException e) {
      close();
      throw new BrokerManagementException("cannot ask the broker for " + what, e);
    }
    if (answer == null) {
      close();
      throw new BrokerManagementException("the broker did not answer " + what + " in time");
    }
    try {
      Object result = result(((TextMessage) answer).getText());
      if (!answer.getBooleanProperty("_AMQ_OperationSucceeded")) {
        throw new BrokerManagementException("the broker refused " + what + ": " + result);
      }
      return result;
    } catch (JMSException e) {
      throw new BrokerManagementException("cannot read the broker's answer to " + what, e);
    }
  }

  private void open() {
    if (session == null) {
      session = sessions.get();
      replies = session.createTemporaryQueue();
      answers = session.createConsumer(replies);
    }
  }

  private void close() {
    if (session != null) {
      try {
        session.close();
      } catch (JMSRuntimeException e) {
        // already broken: a new one is opened for the next request
      }
      session = null;
    }
  }

  static String json(Object[] arguments) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Object argument : arguments) {
      if (argument == null) {
        array.addNull();
      } else if (argument instanceof Boolean b) {
        array.add(b);
      } else if (argument instanceof Number n) {
        array.add(n.longValue());
      } else {
        array.add(argument.toString());
      }
    }
    return array.build().toString();
  }

  static Object result(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return value(reader.readArray().get(0));
    }
  }

  /** A JSON value as Java: numbers as Long or Double, arrays as Object[]. */
  static Object value(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        yield number.isIntegral() ? (Object) number.longValue() : (Object) number.doubleValue();
      }
      case ARRAY -> ((JsonArray) value).stream().map(RemoteBrokerManagement::value).toArray();
      case OBJECT -> value.toString();
    };
  }
}
