package dev.courier.transport;

import java.util.List;
import java.util.Set;

/** The transports Courier consumes, with their defaults (docs/architecture.md, "Transports"). */
public final class TransportDefaults {

  static final int HIGH_CONCURRENCY = 8;
  static final int NORMAL_CONCURRENCY = 4;
  static final int LOW_CONCURRENCY = 2;
  static final int BATCH_CONCURRENCY = 2;
  static final int RUN_UPDATES_CONCURRENCY = 1;
  static final int DISPATCH_CONCURRENCY = 8;
  static final int PUBLISH_CONCURRENCY = 4;

  /** A live status update older than this is worthless: the broker drops it unhandled. */
  static final long RUN_UPDATES_TTL_MS = 60_000;

  private static final double JITTER = 0.1;

  /** Each has a queue in server-config and a consumer in dev.courier.consume. */
  public static final List<Transport> ALL =
      List.of(
          builtIn(
              TransportNames.HIGH, HIGH_CONCURRENCY, new RetryPolicy(3, 1_000, 2, 60_000, JITTER)),
          builtIn(
              TransportNames.NORMAL,
              NORMAL_CONCURRENCY,
              new RetryPolicy(3, 5_000, 3, 300_000, JITTER)),
          builtIn(
              TransportNames.LOW, LOW_CONCURRENCY, new RetryPolicy(2, 30_000, 2, 600_000, JITTER)),
          builtIn(
              TransportNames.BATCH,
              BATCH_CONCURRENCY,
              new RetryPolicy(3, 1_000, 2, 60_000, JITTER)),
          // Live updates: 2 retries, after 10 s then 20 s, and a staleness limit.
          builtIn(
                  TransportNames.RUN_UPDATES,
                  RUN_UPDATES_CONCURRENCY,
                  new RetryPolicy(2, 10_000, 2, 20_000, 0))
              .expiringAfter(RUN_UPDATES_TTL_MS),
          // AMQP clients' messages and events: a bad one goes to the failure store at once.
          builtIn(TransportNames.DISPATCH, DISPATCH_CONCURRENCY, new RetryPolicy(0, 0, 1, 0, 0)),
          builtIn(TransportNames.PUBLISH, PUBLISH_CONCURRENCY, new RetryPolicy(0, 0, 1, 0, 0)));

  /** A pipeline stage's consumers unless configured: its declaration's maxSession default. */
  public static final int STAGE_CONCURRENCY = 2;

  /**
   * A pipeline stage's transport, or one an application declares, before configuration: 3 retries
   * after 1 s, 2 s, 4 s. Its consumer class declares its queue (like {@code StageConsumer}'s).
   */
  public static Transport declared(String name) {
    return new Transport(
        name,
        STAGE_CONCURRENCY,
        new RetryPolicy(3, 1_000, 2, 60_000, JITTER),
        Set.of(),
        0,
        BreakerPolicy.OFF,
        0,
        0,
        TransportNames.STAGE_JNDI_PREFIX + name);
  }

  /**
   * A consumer group's transport before configuration: like {@link #declared}, on the group's queue
   * {@code courier.group.<group>}.
   */
  public static Transport group(String name) {
    Transport declared = declared(name);
    return new Transport(
        name,
        declared.concurrency(),
        declared.retry(),
        declared.unrecoverable(),
        declared.timeoutMs(),
        declared.breaker(),
        declared.ratePerSecond(),
        declared.ttlMs(),
        TransportNames.GROUP_JNDI_PREFIX + name);
  }

  private static Transport builtIn(String name, int concurrency, RetryPolicy retry) {
    return new Transport(
        name,
        concurrency,
        retry,
        Set.of(),
        0,
        BreakerPolicy.OFF,
        0,
        0,
        TransportNames.QUEUE_JNDI_PREFIX + name);
  }

  public static final String DEFAULT_TRANSPORT = TransportNames.NORMAL;

  private TransportDefaults() {}
}
