package dev.courier.events;

/**
 * Application properties an event carries besides the envelope's ({@code courier_type} is its event
 * type, {@code courier_id} its event id when published, {@code courier_dispatched_at} its
 * timestamp).
 */
public final class EventProperties {

  /** The stream it was published to. */
  public static final String STREAM = "courier_stream";

  /** Its place in the event log (dev.courier.events.LoggedEvent#seq). */
  public static final String SEQ = "courier_seq";

  /** The publishing client's id, if it gave one. */
  public static final String CLIENT_ID = "courier_client_id";

  private EventProperties() {}
}
