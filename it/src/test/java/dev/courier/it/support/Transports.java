package dev.courier.it.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;

/**
 * A transport's queue as {@code GET /transports/{name}} reports it: proofs that nothing more can
 * happen to its messages, read from the broker's state rather than by watching a window of time.
 */
public final class Transports {

  private Transports() {}

  public static JsonObject of(String name) {
    Api.Answer answer = Api.get("transports/" + name);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  /**
   * Waits until the queue holds nothing: no message waiting, being delivered or scheduled for a
   * retry. Every message sent to it has then been handled or given up on, for good.
   */
  public static void awaitIdle(String name) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonObject transport = of(name);
              return transport.getJsonNumber("messageCount").longValue() == 0
                  && transport.getJsonNumber("deliveringCount").longValue() == 0;
            });
  }

  /**
   * Waits until the queue holds at least {@code count} messages, then checks none of them is being
   * delivered: a paused queue keeps what it holds from every consumer.
   */
  public static void awaitHeld(String name, int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> of(name).getJsonNumber("messageCount").longValue() >= count);
    assertEquals(0, of(name).getJsonNumber("deliveringCount").longValue(), of(name).toString());
  }
}
