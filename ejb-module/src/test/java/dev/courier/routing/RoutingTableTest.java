package dev.courier.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courier.config.TestConfig;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class RoutingTableTest {

  private static Config config(Map<String, String> values) {
    return TestConfig.of(values);
  }

  @Test
  void aConfiguredTypeGoesToItsTransport() {
    RoutingTable routing =
        RoutingTable.fromConfig(config(Map.of("courier.routing.SendEmail", "high")), "normal");

    assertEquals("high", routing.transportFor("SendEmail", Optional.empty()));
  }

  @Test
  void typesWithDotsInTheirNameAreRouted() {
    RoutingTable routing =
        RoutingTable.fromConfig(config(Map.of("courier.routing.source.download", "low")), "normal");

    assertEquals("low", routing.transportFor("source.download", Optional.empty()));
  }

  @Test
  void anUnconfiguredTypeGoesToTheDefaultTransport() {
    RoutingTable routing = RoutingTable.fromConfig(config(Map.of()), "normal");

    assertEquals("normal", routing.transportFor("AnalyzeLead", Optional.empty()));
  }

  @Test
  void theDefaultTransportIsConfigurable() {
    RoutingTable routing =
        RoutingTable.fromConfig(config(Map.of("courier.default-transport", "low")), "normal");

    assertEquals("low", routing.transportFor("AnalyzeLead", Optional.empty()));
  }

  @Test
  void theSendersChoiceWins() {
    RoutingTable routing =
        RoutingTable.fromConfig(config(Map.of("courier.routing.SendEmail", "high")), "normal");

    assertEquals("low", routing.transportFor("SendEmail", Optional.of("low")));
    assertEquals("low", routing.transportFor("Other", Optional.of("low")));
  }

  @Test
  void theRoutesAreListedWithoutTheDefault() {
    RoutingTable routing =
        RoutingTable.fromConfig(
            config(
                Map.of(
                    "courier.routing.A",
                    "high",
                    "courier.routing.B",
                    " low ",
                    "courier.default-transport",
                    "low")),
            "normal");

    assertEquals(Map.of("A", "high", "B", "low"), routing.routes());
    assertEquals("low", routing.defaultTransport());
  }
}
