package dev.courier.broker;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A list of names as the broker answers it: a String[] over MBeans, an Object[] in a message. */
public final class Names {

  private Names() {}

  public static Set<String> of(Object answer) {
    if (answer == null) {
      return Set.of();
    }
    return Arrays.stream((Object[]) answer).map(String::valueOf).collect(Collectors.toSet());
  }
}
