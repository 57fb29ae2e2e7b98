package dev.courier.web.events;

import dev.courier.dispatch.Rejection;
import dev.courier.events.EventLog;
import dev.courier.events.EventProbes;
import dev.courier.events.EventPublisher;
import dev.courier.events.PublishedEvent;
import dev.courier.events.PublishingPausedException;
import dev.courier.events.StreamStats;
import dev.courier.events.UnknownEventTypeException;
import dev.courier.json.Jsonp;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.json.RequestFields;
import dev.courier.web.json.RequestReader;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.paging.ListPage;
import dev.courier.web.paging.Paging;
import dev.courier.web.problem.Problem;
import dev.courier.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Publishing events, reading the event log, the streams' figures and the probe event. */
@RequestScoped
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"courier-dispatch", "courier-admin"})
public class EventsResource {

  @Inject EventPublisher publisher;
  @Inject EventLog log;
  @Inject StreamStats stats;
  @Inject EventProbes probes;
  @Inject RequestReader reader;
  @Inject RequestLimits limits;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Publish an event to its type's stream: {\"type\",\"data\",\"clientId\"?,\"eventId\"?}")
  @RequestBody(content = @Content(schema = @Schema(implementation = PublishRequest.class)))
  @APIResponse(
      responseCode = "202",
      description = "The event is logged and on its way to every group of its stream",
      content = @Content(schema = @Schema(implementation = EventAccepted.class)))
  @APIResponse(responseCode = "503", description = "Publishing is paused; nothing was kept")
  public Response publish(String body) {
    JsonObject request = JsonBodies.object(body, limits);
    List<Rejection> rejections = new ArrayList<>();
    JsonValue data = request.get("data");
    if (data == null) {
      rejections.add(
          new Rejection(
              Rejection.Kind.INVALID_REQUEST, "data", "must be present (any JSON value)"));
    }
    JsonObjectBuilder others = Jsonp.createObjectBuilder();
    request.forEach(
        (name, value) -> {
          if (!name.equals("data")) {
            others.add(name, value);
          }
        });
    RequestFields fields = RequestFields.of(others.build());
    reader.rejectUnknown(fields, rejections, PublishRequest.class);
    PublishRequest publish = reader.read(fields, PublishRequest.class, rejections);
    if (data != null && data.toString().length() > limits.payloadBytes()) {
      throw JsonBodies.tooLarge(
          "data is over the payload limit of " + limits.payloadBytes() + " bytes");
    }
    ProblemException.throwIfAny(rejections);
    try {
      PublishedEvent published =
          publisher.publish(
              publish.type(),
              data.toString(),
              Optional.ofNullable(publish.clientId()),
              Optional.ofNullable(publish.eventId()));
      return Response.accepted(new EventAccepted(published.eventId(), published.stream())).build();
    } catch (UnknownEventTypeException e) {
      throw ProblemException.badRequest("unknown-event-type", "Unknown event type", e.getMessage());
    } catch (PublishingPausedException e) {
      throw new ProblemException(
          new Problem("publishing-paused", "Publishing is paused", 503, e.getMessage()));
    }
  }

  @GET
  @Operation(summary = "The event log, oldest first")
  @Parameter(name = "stream", in = ParameterIn.QUERY, description = "Events of this stream")
  @Parameter(name = "type", in = ParameterIn.QUERY, description = "Events of this type")
  @Parameter(name = "clientId", in = ParameterIn.QUERY, description = "Events of this client")
  @Parameter(name = "after", in = ParameterIn.QUERY, description = "Events with a greater seq")
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 0")
  @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to the page-size limit; 50")
  public ListPage<LoggedEventView> list() {
    RequestFields query = RequestFields.of(uri.getQueryParameters());
    List<Rejection> errors = new ArrayList<>();
    reader.rejectUnknown(query, errors, EventFilter.class, Paging.Parameters.class);
    EventFilter filter = reader.read(query, EventFilter.class, errors);
    Paging paging = Paging.read(query, reader, limits, errors);
    ProblemException.throwIfAny(errors);
    EventLog.Page page =
        log.list(
            new EventLog.Filter(
                Optional.ofNullable(filter.stream()),
                Optional.ofNullable(filter.type()),
                Optional.ofNullable(filter.clientId()),
                filter.after() == null ? 0 : filter.after()),
            paging.page(),
            paging.size());
    return new ListPage<>(
        page.total(), paging, page.items().stream().map(LoggedEventView::of).toList());
  }

  @GET
  @Path("streams")
  @RolesAllowed("courier-admin")
  @Operation(summary = "Each stream with its log and the figures of the groups that read it")
  public List<StreamStats.StreamFigures> streams() {
    return stats.all();
  }

  @GET
  @Path("probes/{eventId}")
  @Operation(summary = "What became of a probe event in the groups probe-a and probe-b")
  public ProbeEventView probe(@PathParam("eventId") String eventId) {
    return probes
        .outcome(eventId)
        .map(groups -> new ProbeEventView(eventId, groups))
        .orElseThrow(() -> ProblemException.notFound("There is no probe event with this id."));
  }
}
