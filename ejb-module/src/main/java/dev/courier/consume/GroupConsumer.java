package dev.courier.consume;

/**
 * The consumer of one consumer group, declared by the application: one short class per group that
 * names the group, declares its queue and starts the group's workers (as many as the group's
 * concurrency) when the application starts. For a group {@code trainer-group} declared by {@code
 * courier.events.group.trainer-group.streams=…}:
 *
 * <pre>{@code
 * @JMSDestinationDefinition(
 *     name = "java:global/jms/queue/courier.group.trainer-group",
 *     interfaceName = "jakarta.jms.Queue",
 *     destinationName = "courier.group.trainer-group")
 * @Singleton
 * @Startup
 * public class TrainerGroup extends GroupConsumer {
 *   protected String group() { return "trainer-group"; }
 * }
 * }</pre>
 *
 * The group's handlers are the {@code EventHandler} beans that {@code @Subscribe} for it; its
 * workers take many deliveries per transaction ({@link WorkerConsumer}), each delivery's inbox
 * entry committed with its acknowledgement. Members outside the JVM consume the same queue over
 * AMQP (address {@code jms.queue.courier.group.<group>}) and share its events with these.
 */
public abstract class GroupConsumer extends WorkerConsumer {

  /** The group's name, which is its transport's name. */
  protected abstract String group();

  @Override
  final String transport() {
    return group();
  }
}
