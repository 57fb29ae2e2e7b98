package dev.courier.health.checks;

import dev.courier.control.TransportControl;
import dev.courier.health.CheckNames;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** UP when the embedded broker answers for the queue of every transport. */
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

  @Inject TransportRegistry transports;
  @Inject TransportControl control;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(CheckNames.BROKER).up();
    for (String name : transports.names()) {
      try {
        response.withData(
            name, control.figures(transports.find(name).orElseThrow()).messageCount());
      } catch (TransportControl.BrokerControlException e) {
        return response.down().withData("reason", e.getMessage()).build();
      }
    }
    return response.build();
  }
}
