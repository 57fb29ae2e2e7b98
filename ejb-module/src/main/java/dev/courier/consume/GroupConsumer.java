package dev.courier.consume;

/**
 * The consumer of one consumer group, declared by the application: one short class per group that
 * names the group, declares its queue and makes an MDB pool of it (its size is the group's
 * concurrency). For a group {@code trainer-group} declared by {@code
 * courier.events.group.trainer-group.streams=…}:
 *
 * <pre>{@code
 * @JMSDestinationDefinition(
 *     name = "java:global/jms/queue/courier.group.trainer-group",
 *     interfaceName = "jakarta.jms.Queue",
 *     destinationName = "courier.group.trainer-group")
 * @MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
 *     @ActivationConfigProperty(propertyName = "destinationLookup",
 *         propertyValue = "java:global/jms/queue/courier.group.trainer-group"),
 *     @ActivationConfigProperty(propertyName = "maxSession",
 *         propertyValue = "${courier.transport.trainer-group.concurrency:2}")})
 * public class TrainerGroup extends GroupConsumer {
 *   protected String group() { return "trainer-group"; }
 * }
 * }</pre>
 *
 * The group's handlers are the {@code EventHandler} beans that {@code @Subscribe} for it. Members
 * outside the JVM consume the same queue over AMQP (address {@code
 * jms.queue.courier.group.<group>}) and share its events with these.
 */
public abstract class GroupConsumer extends TransportConsumer {

  /** The group's name, which is its transport's name. */
  protected abstract String group();

  @Override
  final String transport() {
    return group();
  }
}
