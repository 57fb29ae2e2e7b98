package dev.courier.web.events;

import dev.courier.audit.AuditLog;
import dev.courier.control.TransportControl;
import dev.courier.dispatch.Rejection;
import dev.courier.events.EventStreams;
import dev.courier.events.GroupReplay;
import dev.courier.events.PublishingSwitch;
import dev.courier.events.UnknownGroupException;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportNames;
import dev.courier.transport.TransportRegistry;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.json.RequestFields;
import dev.courier.web.json.RequestReader;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The switches of events (admin, audited): a group's pause and resume (its queue keeps receiving
 * events as lag, delivers them on resume), publishing's pause and resume, and a replay of logged
 * events to one group.
 */
@RequestScoped
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class EventControlResource {

  @Inject EventStreams streams;
  @Inject TransportRegistry transports;
  @Inject TransportControl control;
  @Inject GroupReplay replay;
  @Inject PublishingSwitch publishing;
  @Inject AuditLog audit;
  @Inject RequestReader reader;
  @Inject RequestLimits limits;
  @Context SecurityContext security;

  @POST
  @Path("groups/{group}/pause")
  @Operation(summary = "Stop delivering the group's events to all its members; they wait as lag")
  public SwitchState pauseGroup(@PathParam("group") String group) {
    control.pause(group(group));
    audit.record(actor(), "events.group.pause", group, 0);
    return new SwitchState(group, true);
  }

  @POST
  @Path("groups/{group}/resume")
  @Operation(summary = "Deliver the group's events again, its lag first")
  public SwitchState resumeGroup(@PathParam("group") String group) {
    control.resume(group(group));
    audit.record(actor(), "events.group.resume", group, 0);
    return new SwitchState(group, false);
  }

  @POST
  @Path("groups/{group}/replay")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Deliver a stream's logged events again, to this group only")
  @RequestBody(content = @Content(schema = @Schema(implementation = ReplayRequest.class)))
  @APIResponse(
      responseCode = "202",
      description = "The events are in the group's queue; its inbox skips those it handled",
      content = @Content(schema = @Schema(implementation = ReplayAccepted.class)))
  public Response replay(@PathParam("group") String group, String body) {
    group(group);
    RequestFields fields = RequestFields.of(JsonBodies.object(body, limits));
    List<Rejection> rejections = new ArrayList<>();
    reader.rejectUnknown(fields, rejections, ReplayRequest.class);
    ReplayRequest request = reader.read(fields, ReplayRequest.class, rejections);
    ProblemException.throwIfAny(rejections);
    long from = request.from() == null ? 0 : request.from();
    long to = request.to() == null ? Long.MAX_VALUE : request.to();
    if (from > to) {
      throw ProblemException.badRequest(
          "invalid-request", "Invalid request", "from (" + from + ") is after to (" + to + ")");
    }
    try {
      int sent = replay.replay(group, request.stream(), from, to);
      audit.record(actor(), "events.group.replay", group + " " + request.stream(), sent);
      return Response.accepted(new ReplayAccepted(group, request.stream(), sent)).build();
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("invalid-request", "Invalid request", e.getMessage());
    }
  }

  @POST
  @Path("publishing/pause")
  @Operation(
      summary =
          "Refuse every publish over HTTP (503, nothing kept) until resumed; events sent over AMQP"
              + " wait in the publish queue and are published on resume")
  public SwitchState pausePublishing() {
    publishing.set(true);
    control.pause(transports.find(TransportNames.PUBLISH).orElseThrow());
    audit.record(actor(), "events.publishing.pause", "publishing", 0);
    return new SwitchState("publishing", true);
  }

  @POST
  @Path("publishing/resume")
  @Operation(summary = "Accept publishes again")
  public SwitchState resumePublishing() {
    publishing.set(false);
    control.resume(transports.find(TransportNames.PUBLISH).orElseThrow());
    audit.record(actor(), "events.publishing.resume", "publishing", 0);
    return new SwitchState("publishing", false);
  }

  private Transport group(String group) {
    if (streams.streamsOf(group).isEmpty()) {
      throw ProblemException.notFound(
          new UnknownGroupException(group, streams.groups().keySet()).getMessage());
    }
    return transports.find(group).orElseThrow();
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }
}
