package dev.courier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.config.TestConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class EventStreamsTest {

  private static Config config(Map<String, String> values) {
    return TestConfig.of(values);
  }

  @Test
  void withoutConfigurationTheSeedsMappingAndTheProbeGroupsApply() {
    EventStreams streams = EventStreams.fromConfig(config(Map.of()));

    assertEquals(Optional.of("sales-updates"), streams.streamOf("sales_updated"));
    assertEquals(Optional.of("bom-exploded"), streams.streamOf("bom_exploded"));
    assertEquals(Optional.of("courier-probe"), streams.streamOf("courier.probe.event"));
    assertEquals(Optional.empty(), streams.streamOf("nothing"));
    assertEquals(
        Set.of(
            "sales-updates",
            "stock-updates",
            "bom-updates",
            "products-updates",
            "features-updates",
            "bom-exploded",
            "courier-probe"),
        streams.streams());
    assertEquals(Set.of("probe-a", "probe-b"), streams.groups().keySet());
    assertEquals(Set.of("probe-a", "probe-b"), streams.groupsOf("courier-probe"));
    assertEquals(10_000, streams.maxLength("sales-updates"));
  }

  @Test
  void typesStreamsGroupsAndLengthsAreConfigured() {
    EventStreams streams =
        EventStreams.fromConfig(
            config(
                Map.of(
                    "courier.events.stream.sales_updated", "sales-v2",
                    "courier.events.stream.order.placed", "orders",
                    "courier.events.stream.orders.max-length", "50",
                    "courier.events.group.analytics-group.streams", "orders, bom-exploded")));

    assertEquals(Optional.of("sales-v2"), streams.streamOf("sales_updated"));
    assertEquals(Optional.of("orders"), streams.streamOf("order.placed"));
    assertEquals(Set.of("order.placed"), streams.typesOf("orders"));
    assertEquals(50, streams.maxLength("orders"));
    assertEquals(
        List.of("orders", "bom-exploded"),
        List.copyOf(streams.streamsOf("analytics-group").orElseThrow()));
    assertTrue(streams.groupsOf("orders").contains("analytics-group"));
  }

  @Test
  void aGroupOfAnUnknownStreamABadNameOrABadLengthIsRefused() {
    for (Map<String, String> bad :
        List.of(
            Map.of("courier.events.group.g.streams", "no-such-stream"),
            Map.of("courier.events.group.Bad.streams", "sales-updates"),
            Map.of("courier.events.stream.x", "Not A Name"),
            Map.of("courier.events.stream.sales-updates.max-length", "0"))) {
      assertThrows(
          IllegalArgumentException.class,
          () -> EventStreams.fromConfig(config(bad)),
          bad.toString());
    }
  }
}
