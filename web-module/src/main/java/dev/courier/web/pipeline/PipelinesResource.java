package dev.courier.web.pipeline;

import dev.courier.dispatch.DispatchRejectedException;
import dev.courier.dispatch.Rejection;
import dev.courier.pipeline.PipelineRuns;
import dev.courier.pipeline.RunStatus;
import dev.courier.pipeline.RunWatchers;
import dev.courier.pipeline.UnknownPipelineException;
import dev.courier.transport.Pipelines;
import dev.courier.web.json.Ids;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.json.RequestFields;
import dev.courier.web.json.RequestReader;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.paging.ListPage;
import dev.courier.web.paging.Paging;
import dev.courier.web.problem.ProblemException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Pipelines, their runs and each run's live status. */
@RequestScoped
@Path("pipelines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"courier-dispatch", "courier-admin"})
public class PipelinesResource {

  @Inject Pipelines pipelines;
  @Inject PipelineRuns runs;
  @Inject RunWatchers watchers;
  @Inject RequestReader reader;
  @Inject RequestLimits limits;
  @Context UriInfo uri;

  @Resource ManagedScheduledExecutorService scheduler;

  @GET
  @Operation(summary = "The pipelines of this node, each with its stages in order")
  public List<PipelineView> list() {
    return pipelines.all().stream().map(PipelineView::of).toList();
  }

  @POST
  @Path("{pipeline}/runs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a run: the body is the input, a message of the pipeline's input type")
  @RequestBody(
      content =
          @Content(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
  @APIResponse(
      responseCode = "202",
      description = "The run is started",
      content = @Content(schema = @Schema(implementation = RunAccepted.class)))
  public Response start(@PathParam("pipeline") String pipeline, String body) {
    try {
      String runId = runs.start(pipeline, JsonBodies.object(body, limits));
      return Response.accepted(new RunAccepted(runId, pipeline)).build();
    } catch (UnknownPipelineException e) {
      throw ProblemException.notFound(e.getMessage());
    } catch (DispatchRejectedException e) {
      throw new DispatchRejectedException(
          e.rejections().stream().map(PipelinesResource::asInput).toList());
    }
  }

  @GET
  @Path("runs")
  @Operation(summary = "Runs, newest first")
  @Parameter(name = "pipeline", in = ParameterIn.QUERY, description = "Runs of this pipeline")
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "pending, running, done or failed")
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 0")
  @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to the page-size limit; 50")
  public ListPage<RunSummary> runs() {
    RequestFields query = RequestFields.of(uri.getQueryParameters());
    List<Rejection> errors = new ArrayList<>();
    reader.rejectUnknown(query, errors, RunFilter.class, Paging.Parameters.class);
    RunFilter filter = reader.read(query, RunFilter.class, errors);
    Paging paging = Paging.read(query, reader, limits, errors);
    ProblemException.throwIfAny(errors);
    PipelineRuns.Page page =
        runs.list(
            Optional.ofNullable(filter.pipeline()),
            Optional.ofNullable(filter.status())
                .map(status -> RunStatus.valueOf(status.toUpperCase(Locale.ROOT))),
            paging.page(),
            paging.size());
    return new ListPage<>(page.total(), paging, page.items().stream().map(RunSummary::of).toList());
  }

  @GET
  @Path("runs/{runId}")
  @Operation(summary = "A run as it stands, with each stage's progress")
  @APIResponse(
      responseCode = "200",
      description = "The run",
      content = @Content(schema = @Schema(implementation = RunView.class)))
  public RunView show(@PathParam("runId") String runId) {
    return RunView.of(snapshot(runId));
  }

  @GET
  @Path("runs/{runId}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "The run's live status: 'state' (the run as it stands), then one 'stage' or 'run' event"
              + " per transition, in order; ends with the run")
  public void events(
      @PathParam("runId") String runId, @Context SseEventSink sink, @Context Sse sse) {
    PipelineRuns.Snapshot snapshot = snapshot(runId);
    new RunFeed(snapshot.run().runId(), sink, sse, runs, watchers, scheduler).open(snapshot);
  }

  private PipelineRuns.Snapshot snapshot(String runId) {
    return runs.find(Ids.requireUuid(runId, "A run id"))
        .orElseThrow(() -> ProblemException.notFound("There is no run with this id."));
  }

  /** The input is the run's whole body: its fields are named as such, not as a payload's. */
  private static Rejection asInput(Rejection rejection) {
    String field = rejection.field();
    return field.startsWith("payload")
        ? new Rejection(
            rejection.kind(), "input" + field.substring("payload".length()), rejection.message())
        : rejection;
  }
}
