package dev.courier.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;

/**
 * Courier envelopes put on a queue as they are, through the test resource: a message with a given
 * id (a redelivery, a message from another build) that the dispatch API would never make.
 */
public final class RawMessages {

  private RawMessages() {}

  /** Sends a first attempt of a message of this type, id, JSON body and producer build. */
  public static void send(String queue, String type, String id, String body, String build) {
    Api.Answer sent =
        Api.post(
            "test/raw",
            Json.createObjectBuilder()
                .add("queue", queue)
                .add("body", body)
                .add(
                    "properties",
                    Json.createObjectBuilder()
                        .add("courier_id", id)
                        .add("courier_type", type)
                        .add("courier_attempt", 0)
                        .add("courier_dispatched_at", System.currentTimeMillis())
                        .add("courier_build", build)
                        .add("courier_origin", queue.substring("courier.".length())))
                .build());
    assertEquals(200, sent.status(), sent.body());
  }
}
