package dev.courier.transport;

import dev.courier.routing.RoutingTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Makes the transports and the routing table, read once from MicroProfile Config, injectable. */
@ApplicationScoped
public class TransportConfiguration {

  @Inject Config config;

  @Produces
  @Singleton
  TransportRegistry transports() {
    return TransportRegistry.fromConfig(config);
  }

  @Produces
  @Singleton
  Pipelines pipelines() {
    return new Pipelines(Pipeline.declared(config));
  }

  @Produces
  @Singleton
  RoutingTable routing() {
    return RoutingTable.fromConfig(config, TransportDefaults.DEFAULT_TRANSPORT);
  }
}
