package dev.courier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Handled;
import dev.courier.it.support.HandlerStats;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A transport's rate limit spreads a burst over time, deferring the excess, dropping nothing. */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

  private static final int RATE = 5;
  private static final int BURST = 20;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers().config("courier.transport.low.rate=" + RATE).build();
  }

  @Test
  void aBurstOverTheRateIsSpreadAndEveryMessageIsHandledOnce() {
    List<String> texts =
        IntStream.range(0, BURST).mapToObj(i -> UUID.randomUUID().toString()).toList();
    StringBuilder batch = new StringBuilder("[");
    for (String text : texts) {
      batch.append(batch.length() > 1 ? "," : "");
      batch.append("{\"type\":\"test.bulk\",\"payload\":{\"text\":\"").append(text).append("\"}}");
    }
    assertEquals(202, Api.post("messages/batch", batch.append(']').toString()).status());

    List<Long> handledAt =
        texts.stream()
            .map(text -> Handled.awaitOnce(text).getJsonNumber("handledAt").longValue())
            .sorted()
            .toList();
    long spreadMs = handledAt.get(BURST - 1) - handledAt.get(0);
    // One second's worth at once, then one every 1/RATE s: the last about 3 s after the first.
    long expectedMs = (BURST - RATE) * 1_000L / RATE;
    assertTrue(
        spreadMs >= expectedMs - 500,
        "handled within " + spreadMs + " ms, faster than " + RATE + " per second");
    // A message sent after the burst takes a later slot: once it is handled, every message put
    // back before it has come round, and none was handled twice.
    String marker = UUID.randomUUID().toString();
    assertEquals(
        202,
        Api.post("messages", "{\"type\":\"test.bulk\",\"payload\":{\"text\":\"" + marker + "\"}}")
            .status());
    Handled.awaitOnce(marker);
    assertTrue(texts.stream().allMatch(text -> Handled.of(text).size() == 1));
    assertTrue(HandlerStats.deferred("test.bulk", "rate-limit") >= BURST - RATE - 1);
  }
}
