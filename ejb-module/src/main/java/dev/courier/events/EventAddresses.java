package dev.courier.events;

/** The broker names of streams and groups (see EventTopology). */
public final class EventAddresses {

  private EventAddresses() {}

  /** The JMS topic of a stream. */
  public static String topicName(String stream) {
    return "courier.events." + stream;
  }

  /** The broker address of a stream's topic. */
  public static String topicAddress(String stream) {
    return "jms.topic." + topicName(stream);
  }

  /** The broker address (and queue) of a group, which AMQP members consume. */
  public static String groupAddress(String group) {
    return "jms.queue.courier.group." + group;
  }

  /** The divert that copies a stream's events to a group's queue. */
  static String divertName(String stream, String group) {
    return topicName(stream) + ".to." + group;
  }
}
