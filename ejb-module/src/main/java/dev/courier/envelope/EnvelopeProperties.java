package dev.courier.envelope;

/**
 * Message properties of the envelope (docs/architecture.md, "The envelope"); AMQP application
 * properties on the wire.
 */
public final class EnvelopeProperties {

  public static final String TYPE = "courier_type";
  public static final String ID = "courier_id";
  public static final String ATTEMPT = "courier_attempt";
  public static final String DISPATCHED_AT = "courier_dispatched_at";
  public static final String BUILD = "courier_build";
  public static final String ORIGIN = "courier_origin";
  public static final String CORRELATION_ID = "courier_correlation_id";
  public static final String RUN_ID = "courier_run_id";

  /**
   * On a message a rate limit put back: the time (epoch ms) of the slot it reserved, so it is
   * handled when it comes back instead of reserving another.
   */
  public static final String RATE_SLOT = "courier_rate_slot";

  /**
   * On a retry: the errors of the earlier attempts (dev.courier.failure.AttemptTrail), written to
   * the database only if the message ends in the failure store.
   */
  public static final String ERRORS = "courier_errors";

  /** Artemis drops a message whose duplicate id it has seen on the same address. */
  public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  private EnvelopeProperties() {}
}
