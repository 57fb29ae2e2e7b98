package dev.courier.web.schedule;

import dev.courier.audit.AuditLog;
import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.Rejection;
import dev.courier.schedule.ScheduleDefinition;
import dev.courier.schedule.ScheduleRuns;
import dev.courier.schedule.Scheduler;
import dev.courier.web.json.RequestFields;
import dev.courier.web.json.RequestReader;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.paging.ListPage;
import dev.courier.web.paging.Paging;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The schedules (admin): their persistent timers, running one now, pausing and resuming. */
@RequestScoped
@Path("schedules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class SchedulesResource {

  @Inject Scheduler scheduler;
  @Inject ScheduleRuns runs;
  @Inject AuditLog audit;
  @Inject RequestReader reader;
  @Inject RequestLimits limits;
  @Context UriInfo uri;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "Every schedule with its expression, switch, next slot and message")
  public List<ScheduleView> list() {
    return scheduler.list().stream().map(ScheduleView::of).toList();
  }

  @POST
  @Path("{name}/run")
  @Operation(summary = "Dispatch the schedule's message now; its next slot does not move")
  @APIResponse(
      responseCode = "202",
      description = "The schedule's message is dispatched",
      content = @Content(schema = @Schema(implementation = RunNowAccepted.class)))
  public Response run(@PathParam("name") String name) {
    ScheduleDefinition schedule = find(name);
    DispatchReceipt receipt = scheduler.runNow(schedule);
    audit.record(security.getUserPrincipal().getName(), "schedule.run", name, 1);
    return Response.accepted(new RunNowAccepted(name, receipt.id(), receipt.transport())).build();
  }

  @GET
  @Path("{name}/runs")
  @Operation(summary = "The schedule's runs, newest first")
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 0")
  @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to the page-size limit; 50")
  public ListPage<RunView> runs(@PathParam("name") String name) {
    ScheduleDefinition schedule = find(name);
    RequestFields query = RequestFields.of(uri.getQueryParameters());
    List<Rejection> errors = new ArrayList<>();
    reader.rejectUnknown(query, errors, Paging.Parameters.class);
    Paging paging = Paging.read(query, reader, limits, errors);
    ProblemException.throwIfAny(errors);
    ScheduleRuns.Page page = runs.page(schedule.name(), paging.page(), paging.size());
    return new ListPage<>(page.total(), paging, page.items().stream().map(RunView::of).toList());
  }

  @POST
  @Path("{name}/pause")
  @Operation(summary = "Stop the schedule's timer until resumed, across restarts")
  public ScheduleView pause(@PathParam("name") String name) {
    return setPaused(name, true);
  }

  @POST
  @Path("{name}/resume")
  @Operation(summary = "Start the schedule's timer again from its next slot")
  public ScheduleView resume(@PathParam("name") String name) {
    return setPaused(name, false);
  }

  private ScheduleView setPaused(String name, boolean paused) {
    scheduler.setPaused(find(name), paused);
    audit.record(
        security.getUserPrincipal().getName(),
        paused ? "schedule.pause" : "schedule.resume",
        name,
        1);
    return scheduler.list().stream()
        .filter(state -> state.definition().name().equals(name))
        .map(ScheduleView::of)
        .findFirst()
        .orElseThrow();
  }

  private ScheduleDefinition find(String name) {
    return scheduler
        .find(name)
        .orElseThrow(() -> ProblemException.notFound("There is no schedule '" + name + "'."));
  }
}
