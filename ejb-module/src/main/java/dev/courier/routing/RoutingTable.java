package dev.courier.routing;

import dev.courier.config.ConfigNames;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * Which transport a message type goes to: {@code courier.routing.<type>=<transport>}, else {@code
 * courier.default-transport}. A transport named by the sender wins over both.
 */
public final class RoutingTable {

  public static final String ROUTE_PREFIX = "courier.routing.";
  public static final String DEFAULT_TRANSPORT_KEY = "courier.default-transport";

  private final Map<String, String> routes;
  private final String defaultTransport;

  public RoutingTable(Map<String, String> routes, String defaultTransport) {
    this.routes = Collections.unmodifiableMap(new TreeMap<>(routes));
    this.defaultTransport = defaultTransport;
  }

  public static RoutingTable fromConfig(Config config, String fallbackTransport) {
    Map<String, String> routes = new TreeMap<>();
    for (String key : ConfigNames.of(config)) {
      if (key.startsWith(ROUTE_PREFIX) && key.length() > ROUTE_PREFIX.length()) {
        config
            .getOptionalValue(key, String.class)
            .map(String::trim)
            .ifPresent(transport -> routes.put(key.substring(ROUTE_PREFIX.length()), transport));
      }
    }
    String defaultTransport =
        config.getOptionalValue(DEFAULT_TRANSPORT_KEY, String.class).orElse(fallbackTransport);
    return new RoutingTable(routes, defaultTransport);
  }

  /** The transport for a message of this type, honouring a sender's explicit choice. */
  public String transportFor(String type, Optional<String> requested) {
    return requested.orElseGet(() -> routes.getOrDefault(type, defaultTransport));
  }

  /** Message type → transport, as configured (without the default). */
  public Map<String, String> routes() {
    return routes;
  }

  public String defaultTransport() {
    return defaultTransport;
  }
}
