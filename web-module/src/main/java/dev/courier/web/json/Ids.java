package dev.courier.web.json;

import java.util.UUID;

/** Ids in paths are UUIDs; anything else is refused before it reaches a query. */
public final class Ids {

  private Ids() {}

  public static boolean isUuid(String id) {
    try {
      return id != null && UUID.fromString(id).toString().equalsIgnoreCase(id);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
