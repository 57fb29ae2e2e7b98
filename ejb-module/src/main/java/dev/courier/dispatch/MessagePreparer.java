package dev.courier.dispatch;

import dev.courier.build.BuildInfo;
import dev.courier.envelope.Envelope;
import dev.courier.handler.HandlerBinding;
import dev.courier.handler.HandlerRegistry;
import dev.courier.handler.MessageTypes;
import dev.courier.id.TimeOrderedIds;
import dev.courier.routing.RoutingTable;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.yasson.YassonJsonb;

/**
 * Turns what a sender hands over into messages ready for the broker: checks the type has a handler,
 * validates the payload record, routes it and wraps it in an envelope. Collects every problem
 * before it gives up, so a sender sees them all at once.
 */
@ApplicationScoped
public class MessagePreparer {

  @Inject HandlerRegistry handlers;
  @Inject TransportRegistry transports;
  @Inject RoutingTable routing;
  @Inject RecordValidation validation;
  @Inject Jsonb jsonb;

  /** One message from server code; throws {@link DispatchRejectedException} when it is invalid. */
  public OutgoingMessage prepare(Object message, DispatchOptions options) {
    String type = MessageTypes.nameOf(message.getClass());
    List<Rejection> rejections = new ArrayList<>();
    if (handlers.find(type).filter(b -> b.messageClass() == message.getClass()).isEmpty()) {
      rejections.add(unknownType(type));
    }
    return checked(type, message, options, rejections, () -> jsonb.toJson(message));
  }

  /** Messages from server code, all or none: a rejection names each bad message by position. */
  List<OutgoingMessage> prepareAll(List<?> messages, DispatchOptions options) {
    return allOrNone(messages, message -> prepare(message, options));
  }

  /** Prepares all or none: a rejection names each bad message by its position. */
  List<OutgoingMessage> prepareJson(List<JsonMessage> messages) {
    return allOrNone(messages, this::prepareJson);
  }

  private static <T> List<OutgoingMessage> allOrNone(
      List<T> messages, Function<T, OutgoingMessage> prepare) {
    List<OutgoingMessage> prepared = new ArrayList<>(messages.size());
    List<Rejection> rejections = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      try {
        prepared.add(prepare.apply(messages.get(i)));
      } catch (DispatchRejectedException e) {
        int index = i;
        e.rejections().forEach(r -> rejections.add(messages.size() == 1 ? r : r.at(index)));
      }
    }
    if (!rejections.isEmpty()) {
      throw new DispatchRejectedException(rejections);
    }
    return prepared;
  }

  /**
   * A message as parsed from a request: its handler is looked up once, its payload is bound from
   * the parsed tree and, once valid, goes into the envelope as the JSON it arrived as.
   */
  private OutgoingMessage prepareJson(JsonMessage message) {
    HandlerBinding binding =
        handlers
            .find(message.type())
            .orElseThrow(() -> new DispatchRejectedException(unknownType(message.type())));
    List<Rejection> shape = PayloadShape.check(message.payload(), binding.messageClass());
    if (!shape.isEmpty()) {
      throw new DispatchRejectedException(shape);
    }
    Object payload = bind(message, binding.messageClass());
    return checked(
        message.type(), payload, message.options(), new ArrayList<>(), message::payloadJson);
  }

  private Object bind(JsonMessage message, Class<?> record) {
    try {
      return jsonb instanceof YassonJsonb yasson
          ? yasson.fromJsonStructure(message.payload(), record)
          : jsonb.fromJson(message.payloadJson(), record);
    } catch (JsonbException e) {
      throw new DispatchRejectedException(
          new Rejection(
              Rejection.Kind.INVALID_PAYLOAD,
              "payload",
              "does not match the fields of message type '"
                  + message.type()
                  + "' (a value of the wrong JSON type?)"));
    }
  }

  /** Adds the payload's violations and the routing's problems; wraps the message if none. */
  private OutgoingMessage checked(
      String type,
      Object payload,
      DispatchOptions options,
      List<Rejection> rejections,
      Supplier<String> body) {
    rejections.addAll(validation.violations(payload, Rejection.Kind.INVALID_PAYLOAD, "payload."));
    Optional<Transport> transport = route(type, options, rejections);
    if (!rejections.isEmpty()) {
      throw new DispatchRejectedException(rejections);
    }
    return wrap(type, body.get(), transport.orElseThrow(), options);
  }

  private Optional<Transport> route(String type, DispatchOptions options, List<Rejection> out) {
    if (options.delayMs() < 0) {
      out.add(
          new Rejection(
              Rejection.Kind.INVALID_REQUEST,
              "delayMs",
              "must be 0 or more, was " + options.delayMs()));
    }
    if (options.ttlMs() < 0) {
      out.add(
          new Rejection(
              Rejection.Kind.INVALID_REQUEST,
              "ttlMs",
              "must be 0 or more, was " + options.ttlMs()));
    }
    if (options.idempotencyKey().filter(String::isBlank).isPresent()) {
      out.add(new Rejection(Rejection.Kind.INVALID_REQUEST, "idempotencyKey", "must not be blank"));
    }
    String name = routing.transportFor(type, options.transport());
    Optional<Transport> transport = transports.find(name);
    if (transport.isEmpty()) {
      out.add(
          new Rejection(
              Rejection.Kind.UNKNOWN_TRANSPORT,
              "transport",
              "unknown transport '" + name + "'; known transports: " + transports.names()));
    }
    return transport;
  }

  private Rejection unknownType(String type) {
    return new Rejection(
        Rejection.Kind.UNKNOWN_TYPE,
        "type",
        "unknown message type '" + type + "'; known types: " + handlers.types());
  }

  private OutgoingMessage wrap(
      String type, String body, Transport transport, DispatchOptions options) {
    long now = System.currentTimeMillis();
    long ttlMs = options.ttlMs() > 0 ? options.ttlMs() : transport.ttlMs();
    Envelope envelope =
        new Envelope(
            TimeOrderedIds.next(),
            type,
            0,
            now,
            BuildInfo.version(),
            transport.name(),
            options.correlationId(),
            options.runId(),
            body);
    return new OutgoingMessage(
        envelope,
        transport,
        options.delayMs(),
        options.idempotencyKey(),
        ttlMs > 0 ? now + ttlMs : 0);
  }
}
