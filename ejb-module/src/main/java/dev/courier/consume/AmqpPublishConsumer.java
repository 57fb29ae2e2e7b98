package dev.courier.consume;

import dev.courier.envelope.EnvelopeProperties;
import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.envelope.ReceivedMessage;
import dev.courier.events.EventProperties;
import dev.courier.events.EventPublisher;
import dev.courier.events.UnknownEventTypeException;
import dev.courier.schema.SchemaMigration;
import dev.courier.transport.TransportNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/**
 * Publishes what AMQP clients send to {@code courier.publish}: the event type in {@code
 * courier_type}, the data as the JSON body, the event id in {@code courier_id} and the client's id
 * in {@code courier_client_id} (both optional), like {@code POST /events}. While publishing is
 * paused, the queue is paused too: events wait in it and are published on resume.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = TransportNames.PUBLISH_DESTINATION),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.publish.concurrency:4}")
    })
@DependsOn(SchemaMigration.NAME)
public class AmqpPublishConsumer extends IngressConsumer {

  @Inject EventPublisher publisher;

  @Override
  String transport() {
    return TransportNames.PUBLISH;
  }

  @Override
  void accept(ReceivedMessage received) throws MalformedEnvelopeException {
    String type = AmqpBodies.type(received);
    String data = AmqpBodies.json(received, payloadBytes).toString();
    try {
      publisher.publish(
          type,
          data,
          AmqpBodies.text(received, EventProperties.CLIENT_ID),
          AmqpBodies.text(received, EnvelopeProperties.ID));
    } catch (UnknownEventTypeException e) {
      throw new MalformedEnvelopeException(e.getMessage());
    }
  }
}
