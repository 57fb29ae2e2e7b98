package dev.courier.transport;

import dev.courier.events.EventStreams;
import dev.courier.routing.RoutingTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the transports, the routing table and the event streams, read once from MicroProfile
 * Config, injectable. They come from one {@code Config}: the consumer groups that get a transport
 * and the streams that publishers and the broker topology use must never disagree. (An injected
 * {@code Config} is resolved for the thread that first asks; with the streams produced apart, the
 * benchmark's EAR once read its streams from a {@code Config} without the EJB module's
 * microprofile-config.properties while its groups had workers, and every publish was refused.)
 */
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

  @Produces
  @Singleton
  EventStreams streams() {
    return EventStreams.fromConfig(config);
  }
}
