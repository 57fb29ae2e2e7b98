package dev.courier.web.transport;

import dev.courier.audit.AuditLog;
import dev.courier.breaker.TransportBreakers;
import dev.courier.control.TransportControl;
import dev.courier.failure.FailureStore;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import dev.courier.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Transports as the broker sees them; pause and resume (admin). An operator's pause or resume
 * resets the transport's circuit breaker: the operator takes over.
 */
@RequestScoped
@Path("transports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class TransportsResource {

  @Inject TransportRegistry transports;
  @Inject TransportControl control;
  @Inject TransportBreakers breakers;
  @Inject AuditLog audit;
  @Inject FailureStore failures;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "Every transport with its configuration and queue figures")
  public List<TransportView> list() {
    Map<String, Long> failed = failures.stats().byTransport();
    return transports.names().stream()
        .map(name -> describe(transports.find(name).orElseThrow(), failed))
        .toList();
  }

  @GET
  @Path("{name}")
  @Operation(summary = "One transport with its configuration and queue figures")
  public TransportView show(@PathParam("name") String name) {
    return describe(find(name), failures.stats().byTransport());
  }

  @POST
  @Path("{name}/pause")
  @Operation(summary = "Stop delivering the transport's messages; they wait in its queue")
  public TransportState pause(@PathParam("name") String name) {
    Transport transport = find(name);
    control.pause(transport);
    breakers.reset(transport);
    audit.record(security.getUserPrincipal().getName(), "transport.pause", name, 0);
    return state(transport);
  }

  @POST
  @Path("{name}/resume")
  @Operation(summary = "Deliver the transport's messages again")
  public TransportState resume(@PathParam("name") String name) {
    Transport transport = find(name);
    control.resume(transport);
    breakers.reset(transport);
    audit.record(security.getUserPrincipal().getName(), "transport.resume", name, 0);
    return state(transport);
  }

  /** Whether a transport is paused, after a pause or resume. */
  public record TransportState(String name, boolean paused) {}

  private TransportView describe(Transport transport, Map<String, Long> failed) {
    return TransportView.of(
        transport,
        control.figures(transport),
        breakers.state(transport).label(),
        failed.getOrDefault(transport.name(), 0L));
  }

  private TransportState state(Transport transport) {
    return new TransportState(transport.name(), control.paused(transport));
  }

  private Transport find(String name) {
    return transports
        .find(name)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "There is no transport of this name; transports: " + transports.names() + "."));
  }
}
