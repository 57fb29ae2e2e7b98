package dev.courier.transport;

import java.util.regex.Pattern;

/**
 * The one place that names transports, their queues and the expressions the consumers read. Values
 * are compile-time constants because MDB activation properties must be.
 */
public final class TransportNames {

  public static final String HIGH = "high";
  public static final String NORMAL = "normal";
  public static final String LOW = "low";

  /**
   * Consumed many deliveries per transaction (dev.courier.consume.BatchConsumer), not by an MDB:
   * for high volumes of small messages.
   */
  public static final String BATCH = "batch";

  /** Pipeline runs' live status updates (dev.courier.pipeline.RunUpdates). */
  public static final String RUN_UPDATES = "run_updates";

  /** What AMQP 1.0 clients send: messages to dispatch and events to publish. */
  public static final String DISPATCH = "dispatch";

  public static final String PUBLISH = "publish";

  public static final String QUEUE_PREFIX = "courier.";
  public static final String QUEUE_JNDI_PREFIX = "java:/jms/queue/" + QUEUE_PREFIX;

  /**
   * Where a pipeline stage's queue is bound: its consumer declares it with
   * {@code @JMSDestinationDefinition(name = "java:global/jms/queue/courier.<stage>", …)}.
   */
  public static final String STAGE_JNDI_PREFIX = "java:global/jms/queue/" + QUEUE_PREFIX;

  /**
   * Where a consumer group's queue is bound: its consumer declares it with
   * {@code @JMSDestinationDefinition(name = "java:global/jms/queue/courier.group.<group>", …)}.
   */
  public static final String GROUP_JNDI_PREFIX = STAGE_JNDI_PREFIX + "group.";

  public static final String DEAD_LETTER_QUEUE = QUEUE_PREFIX + "dead-letter";
  public static final String DEAD_LETTER_DESTINATION = "java:/jms/queue/" + DEAD_LETTER_QUEUE;

  public static final String HIGH_DESTINATION = QUEUE_JNDI_PREFIX + HIGH;
  public static final String NORMAL_DESTINATION = QUEUE_JNDI_PREFIX + NORMAL;
  public static final String LOW_DESTINATION = QUEUE_JNDI_PREFIX + LOW;
  public static final String BATCH_DESTINATION = QUEUE_JNDI_PREFIX + BATCH;
  public static final String RUN_UPDATES_DESTINATION = QUEUE_JNDI_PREFIX + RUN_UPDATES;
  public static final String DISPATCH_DESTINATION = QUEUE_JNDI_PREFIX + DISPATCH;
  public static final String PUBLISH_DESTINATION = QUEUE_JNDI_PREFIX + PUBLISH;

  /*
   * maxSession of each consumer. WildFly resolves these from system properties and environment
   * variables (annotation property replacement), not from MicroProfile Config, so a transport's
   * concurrency is set with -Dcourier.transport.<name>.concurrency or
   * COURIER_TRANSPORT_<NAME>_CONCURRENCY; TransportRegistry reads the same two sources.
   */
  public static final String HIGH_CONCURRENCY =
      "${courier.transport.high.concurrency:${env.COURIER_TRANSPORT_HIGH_CONCURRENCY:"
          + TransportDefaults.HIGH_CONCURRENCY
          + "}}";
  public static final String NORMAL_CONCURRENCY =
      "${courier.transport.normal.concurrency:${env.COURIER_TRANSPORT_NORMAL_CONCURRENCY:"
          + TransportDefaults.NORMAL_CONCURRENCY
          + "}}";
  public static final String LOW_CONCURRENCY =
      "${courier.transport.low.concurrency:${env.COURIER_TRANSPORT_LOW_CONCURRENCY:"
          + TransportDefaults.LOW_CONCURRENCY
          + "}}";

  private static final Pattern VALID_NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

  private TransportNames() {}

  public static boolean isValidName(String name) {
    return VALID_NAME.matcher(name).matches();
  }

  public static String queueName(String transport) {
    return QUEUE_PREFIX + transport;
  }
}
