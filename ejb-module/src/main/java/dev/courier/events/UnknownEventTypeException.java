package dev.courier.events;

import java.util.Set;

/** An event type no stream takes; the message lists the known ones. */
public class UnknownEventTypeException extends RuntimeException {

  private final Set<String> known;

  public UnknownEventTypeException(String type, Set<String> known) {
    super("Unknown event type '" + type + "'; known event types: " + String.join(", ", known));
    this.known = Set.copyOf(known);
  }

  public Set<String> known() {
    return known;
  }
}
