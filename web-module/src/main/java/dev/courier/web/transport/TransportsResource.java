package dev.courier.web.transport;

import dev.courier.audit.AuditLog;
import dev.courier.control.TransportControl;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import dev.courier.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Pauses and resumes transports (admin). */
@RequestScoped
@Path("transports")
@Produces(MediaType.APPLICATION_JSON)
public class TransportsResource {

  @Inject TransportRegistry transports;
  @Inject TransportControl control;
  @Inject AuditLog audit;
  @Context SecurityContext security;

  @POST
  @Path("{name}/pause")
  public JsonObject pause(@PathParam("name") String name) {
    Transport transport = find(name);
    control.pause(transport);
    audit.record(security.getUserPrincipal().getName(), "transport.pause", name, 0);
    return state(transport);
  }

  @POST
  @Path("{name}/resume")
  public JsonObject resume(@PathParam("name") String name) {
    Transport transport = find(name);
    control.resume(transport);
    audit.record(security.getUserPrincipal().getName(), "transport.resume", name, 0);
    return state(transport);
  }

  private JsonObject state(Transport transport) {
    return Json.createObjectBuilder()
        .add("name", transport.name())
        .add("paused", control.paused(transport))
        .build();
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
