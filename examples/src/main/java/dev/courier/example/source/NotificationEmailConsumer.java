package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.DependsOn;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.MessageListener;

/** The queue and consumer pool of {@code notification_email}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.notification_email",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.notification_email")
@MessageDriven(
    messageListenerInterface = MessageListener.class,
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:global/jms/queue/courier.notification_email"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${courier.transport.notification_email.concurrency:2}")
    })
@DependsOn(SourceSchema.NAME)
public class NotificationEmailConsumer extends StageConsumer {

  @Override
  protected String stage() {
    return "notification_email";
  }
}
