package dev.courier.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** The event streams and groups of this node, read once from configuration. */
@ApplicationScoped
public class EventConfiguration {

  @Inject Config config;

  @Produces
  @Singleton
  EventStreams streams() {
    return EventStreams.fromConfig(config);
  }
}
