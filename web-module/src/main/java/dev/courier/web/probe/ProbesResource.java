package dev.courier.web.probe;

import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.DispatchRejectedException;
import dev.courier.dispatch.Rejection;
import dev.courier.probe.ProbeMessage;
import dev.courier.probe.ProbeService;
import dev.courier.transport.TransportNames;
import dev.courier.web.json.Ids;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.json.RequestFields;
import dev.courier.web.json.RequestReader;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Sends a probe through a transport and reads back what became of it. */
@RequestScoped
@Path("probes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"courier-dispatch", "courier-admin"})
public class ProbesResource {

  @Inject ProbeService probes;
  @Inject RequestReader reader;
  @Inject RequestLimits limits;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a probe; an empty body sends one through the normal transport")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = ProbeRequest.class)))
  @APIResponse(
      responseCode = "202",
      description = "The probe is on its way",
      content = @Content(schema = @Schema(implementation = ProbeAccepted.class)))
  public Response send(String body) {
    RequestFields fields = RequestFields.of(JsonBodies.object(body, limits));
    List<Rejection> rejections = new ArrayList<>();
    reader.rejectUnknown(fields, rejections, ProbeRequest.class);
    ProbeRequest request = reader.read(fields, ProbeRequest.class, rejections);
    if (!rejections.isEmpty()) {
      throw new DispatchRejectedException(rejections);
    }
    ProbeMessage probe =
        ProbeMessage.of(
            saturated(Objects.requireNonNullElse(request.failTimes(), 0L)),
            Objects.requireNonNullElse(request.unrecoverable(), false),
            Objects.requireNonNullElse(request.sleepMs(), 0L),
            saturated(Objects.requireNonNullElse(request.hops(), 0L)));
    DispatchReceipt receipt =
        probes.send(probe, Objects.requireNonNullElse(request.transport(), TransportNames.NORMAL));
    return Response.accepted(new ProbeAccepted(receipt.id())).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "What became of a probe")
  @APIResponse(
      responseCode = "200",
      description = "The probe",
      content = @Content(schema = @Schema(implementation = ProbeView.class)))
  public ProbeView show(@PathParam("id") String id) {
    return probes
        .find(Ids.requireUuid(id, "A probe id"))
        .map(probe -> ProbeView.of(probe, probes.status(probe)))
        .orElseThrow(() -> ProblemException.notFound("There is no probe with this id."));
  }

  /** Out-of-range counts stay out of range, so validation reports them instead of wrapping. */
  private static int saturated(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }
}
