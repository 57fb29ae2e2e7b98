package dev.courier.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Optional;

/** The test server's handler stats, {@code GET /courier/api/stats/handlers}. */
public final class HandlerStats {

  private HandlerStats() {}

  /** The stats of one message type, if the node has seen it. */
  public static Optional<JsonObject> of(String type) {
    Api.Answer answer = Api.get("stats/handlers");
    assertEquals(200, answer.status(), answer.body());
    return answer.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(stats -> stats.getString("type").equals(type))
        .findFirst();
  }

  /** How many messages of a type were put back for this reason, e.g. {@code rate-limit}. */
  public static long deferred(String type, String reason) {
    return of(type)
        .map(stats -> stats.getJsonObject("deferred").getJsonNumber(reason).longValue())
        .orElse(0L);
  }
}
