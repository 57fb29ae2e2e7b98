package dev.courier.consume;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.DispatchRejectedException;
import dev.courier.dispatch.JsonMessage;
import dev.courier.dispatch.MessageBus;
import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

/**
 * Dispatches what AMQP clients send to {@code courier.dispatch}: the type in {@code courier_type},
 * the payload as the JSON body, checked and routed like {@code POST /messages}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = TransportNames.DISPATCH_DESTINATION),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.dispatch.concurrency:8}")
    })
@DependsOn(SchemaMigration.NAME)
public class AmqpDispatchConsumer extends IngressConsumer {

  @Inject MessageBus bus;

  @Override
  String transport() {
    return TransportNames.DISPATCH;
  }

  @Override
  void accept(ReceivedMessage received) throws MalformedEnvelopeException {
    String type = AmqpBodies.type(received);
    JsonValue payload = AmqpBodies.json(received, payloadBytes);
    if (payload.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new MalformedEnvelopeException("the body is not a JSON object");
    }
    try {
      bus.dispatchJsonInDelivery(
          new JsonMessage(
              type, payload.asJsonObject(), payload.toString(), DispatchOptions.none()));
    } catch (DispatchRejectedException e) {
      throw new MalformedEnvelopeException(e.getMessage());
    }
  }
}
