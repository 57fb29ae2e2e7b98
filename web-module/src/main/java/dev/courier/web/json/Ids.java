package dev.courier.web.json;

import dev.courier.web.problem.ProblemException;
import java.util.UUID;

/** Ids in paths are UUIDs; anything else is refused before it reaches a query. */
public final class Ids {

  private Ids() {}

  /**
   * The id, when it is a UUID; else the request ends with a 400 {@code invalid-id}.
   *
   * @param what what the id names, for the answer: "A probe id"
   */
  public static String requireUuid(String id, String what) {
    if (!isUuid(id)) {
      throw ProblemException.badRequest(
          "invalid-id", "Invalid id", what + " is a UUID; this one is not.");
    }
    return id;
  }

  private static boolean isUuid(String id) {
    try {
      return id != null && UUID.fromString(id).toString().equalsIgnoreCase(id);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
