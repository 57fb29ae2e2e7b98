package dev.courier.events;

import java.util.Set;

/** A consumer group that is not declared; the message lists the declared ones. */
public class UnknownGroupException extends RuntimeException {

  public UnknownGroupException(String group, Set<String> known) {
    super("There is no consumer group '" + group + "'; groups: " + String.join(", ", known));
  }
}
