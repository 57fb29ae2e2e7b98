package dev.courier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventCodecTest {

  @Test
  void anEventIsTheSeedsEnvelopeAndReadsBackAsItWas() {
    Event event =
        new Event(
            "e-1",
            "sales_updated",
            Instant.parse("2026-12-02T10:15:30.123Z"),
            Optional.of("shop"),
            "{\"sku\":\"A-1\",\"qty\":3}");

    String json = EventCodec.toJson(event);

    assertEquals(
        "{\"event_id\":\"e-1\",\"event_type\":\"sales_updated\","
            + "\"timestamp\":\"2026-12-02T10:15:30.123Z\",\"client_id\":\"shop\","
            + "\"data\":{\"sku\":\"A-1\",\"qty\":3}}",
        json);
    assertEquals(event, assertDoesNotFail(json));
  }

  @Test
  void withoutAClientItsIdIsNullAndAnyJsonValueIsData() throws Exception {
    Event event = new Event("e-2", "t", Instant.EPOCH, Optional.empty(), "[1,2]");
    String json = EventCodec.toJson(event);
    assertEquals(
        "{\"event_id\":\"e-2\",\"event_type\":\"t\",\"timestamp\":\"1970-01-01T00:00:00Z\","
            + "\"client_id\":null,\"data\":[1,2]}",
        json);
    assertEquals(event, EventCodec.fromJson(json));
  }

  @Test
  void aBodyThatIsNotTheEnvelopeSaysWhatIsWrong() {
    for (String bad :
        new String[] {
          "not json",
          "[1]",
          "{\"event_type\":\"t\",\"timestamp\":\"1970-01-01T00:00:00Z\"}",
          "{\"event_id\":\"e\",\"event_type\":\"t\",\"timestamp\":\"yesterday\"}"
        }) {
      assertThrows(EventCodec.MalformedEventException.class, () -> EventCodec.fromJson(bad), bad);
    }
  }

  private static Event assertDoesNotFail(String json) {
    try {
      return EventCodec.fromJson(json);
    } catch (EventCodec.MalformedEventException e) {
      throw new AssertionError(e);
    }
  }
}
