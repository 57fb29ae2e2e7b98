package dev.courier.example.source;

import dev.courier.consume.StageConsumer;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The queue and consumer pool of {@code notification_email}. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.notification_email",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.notification_email")
@Singleton
@Startup
@DependsOn(SourceSchema.NAME)
public class NotificationEmailConsumer extends StageConsumer {

  @Override
  protected String stage() {
    return "notification_email";
  }
}
