package dev.courier.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {

  private static Envelope envelope(Optional<String> correlationId) {
    return new Envelope(
        "7d6f3a1e-0000-4000-8000-000000000001",
        "SendEmail",
        2,
        1_700_000_000_000L,
        "1.2.3",
        "high",
        correlationId,
        correlationId.map(id -> "run-of-" + id),
        "{\"to\":\"ada@example.com\"}");
  }

  @Test
  void anEnvelopeSurvivesTheRoundTrip() throws Exception {
    Envelope original = envelope(Optional.of("run-42"));

    Envelope decoded = EnvelopeCodec.decode(original.body(), EnvelopeCodec.properties(original));

    assertEquals(original, decoded);
  }

  @Test
  void thePropertiesAreTheDocumentedCourierProperties() {
    Map<String, Object> properties = EnvelopeCodec.properties(envelope(Optional.of("run-42")));

    assertEquals("SendEmail", properties.get("courier_type"));
    assertEquals("7d6f3a1e-0000-4000-8000-000000000001", properties.get("courier_id"));
    assertEquals(2, properties.get("courier_attempt"));
    assertEquals(1_700_000_000_000L, properties.get("courier_dispatched_at"));
    assertEquals("1.2.3", properties.get("courier_build"));
    assertEquals("high", properties.get("courier_origin"));
    assertEquals("run-42", properties.get("courier_correlation_id"));
    assertEquals("run-of-run-42", properties.get("courier_run_id"));
  }

  @Test
  void noCorrelationIdMeansNoProperty() {
    Map<String, Object> properties = EnvelopeCodec.properties(envelope(Optional.empty()));

    assertFalse(properties.containsKey(EnvelopeProperties.CORRELATION_ID));
  }

  @Test
  void numbersSentAsOtherTypesOrTextAreAccepted() throws Exception {
    Map<String, Object> properties =
        new HashMap<>(EnvelopeCodec.properties(envelope(Optional.empty())));
    properties.put(EnvelopeProperties.ATTEMPT, 1L);
    properties.put(EnvelopeProperties.DISPATCHED_AT, "1700000000000");

    Envelope decoded = EnvelopeCodec.decode("{}", properties);

    assertEquals(1, decoded.attempt());
    assertEquals(1_700_000_000_000L, decoded.dispatchedAt());
  }

  @Test
  void eachMissingPropertyIsNamed() {
    for (String name :
        new String[] {
          EnvelopeProperties.ID,
          EnvelopeProperties.TYPE,
          EnvelopeProperties.ATTEMPT,
          EnvelopeProperties.DISPATCHED_AT,
          EnvelopeProperties.BUILD,
          EnvelopeProperties.ORIGIN
        }) {
      Map<String, Object> properties =
          new HashMap<>(EnvelopeCodec.properties(envelope(Optional.empty())));
      properties.remove(name);

      MalformedEnvelopeException e =
          assertThrows(
              MalformedEnvelopeException.class, () -> EnvelopeCodec.decode("{}", properties));
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
  }

  @Test
  void badNumbersAreRejected() {
    Map<String, Object> properties =
        new HashMap<>(EnvelopeCodec.properties(envelope(Optional.empty())));
    properties.put(EnvelopeProperties.ATTEMPT, "two");
    assertThrows(MalformedEnvelopeException.class, () -> EnvelopeCodec.decode("{}", properties));

    properties.put(EnvelopeProperties.ATTEMPT, -1);
    assertThrows(MalformedEnvelopeException.class, () -> EnvelopeCodec.decode("{}", properties));
  }

  @Test
  void aMissingBodyIsRejected() {
    Map<String, Object> properties = EnvelopeCodec.properties(envelope(Optional.empty()));

    assertThrows(MalformedEnvelopeException.class, () -> EnvelopeCodec.decode(null, properties));
  }
}
