package dev.courier.health.checks;

import dev.courier.breaker.BreakerState;
import dev.courier.breaker.TransportBreakers;
import dev.courier.control.QueueFigures;
import dev.courier.control.TransportControl;
import dev.courier.events.EventHandlerDiscovery;
import dev.courier.health.CheckNames;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * UP when every transport that is not paused has at least one consumer — consumer groups among
 * them, except a group with no event handler in this deployment, whose members are outside it (AMQP
 * clients), and which is listed but not required. The data names each transport's consumers, pause
 * and breaker state; a DOWN names the transports without consumers.
 */
@ApplicationScoped
public class ConsumersCheck implements HealthCheck {

  @Inject TransportRegistry transports;
  @Inject TransportControl control;
  @Inject TransportBreakers breakers;
  @Inject EventHandlerDiscovery eventHandlers;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(CheckNames.CONSUMERS);
    List<String> idle = new ArrayList<>();
    for (String name : transports.names()) {
      Transport transport = transports.find(name).orElseThrow();
      QueueFigures figures = control.figures(transport);
      BreakerState breaker = breakers.state(transport);
      response.withData(
          name,
          figures.consumerCount()
              + " consumers"
              + (figures.paused() ? ", paused" : "")
              + ", breaker "
              + breaker.label());
      // Asked of the transport, not of the event streams: both are read from configuration, and
      // the streams of one start once missed groups the transports had (docs/reliability.md).
      boolean outside = transport.isGroup() && !eventHandlers.groupsWithHandlers().contains(name);
      if (!figures.paused() && figures.consumerCount() == 0 && !outside) {
        idle.add(name);
      }
    }
    if (idle.isEmpty()) {
      return response.up().build();
    }
    return response.down().withData("reason", "no consumer on " + String.join(", ", idle)).build();
  }
}
