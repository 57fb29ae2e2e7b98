package dev.courier.web.failed;

import dev.courier.audit.AuditLog;
import dev.courier.dispatch.Rejection;
import dev.courier.failure.BulkRetry;
import dev.courier.failure.FailedMessage;
import dev.courier.failure.FailureFilter;
import dev.courier.failure.FailureRedrive;
import dev.courier.failure.FailureStore;
import dev.courier.json.Jsonp;
import dev.courier.transport.TransportRegistry;
import dev.courier.web.json.Ids;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The failure store: list, show, retry, remove, one at a time or by filter; stats and groups. */
@RequestScoped
@Path("failed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class FailedMessagesResource {

  @Inject FailureStore store;
  @Inject FailureRedrive redrive;
  @Inject BulkRetry bulkRetry;
  @Inject TransportRegistry transports;
  @Inject RequestReader reader;
  @Inject RequestLimits limits;
  @Inject AuditLog audit;
  @Context UriInfo uri;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "Failure records, newest first, by filter and page")
  @Parameter(name = "messageId", in = ParameterIn.QUERY, description = "The message's id")
  @Parameter(name = "transport", in = ParameterIn.QUERY, description = "The transport")
  @Parameter(name = "type", in = ParameterIn.QUERY, description = "The message type")
  @Parameter(name = "errorClass", in = ParameterIn.QUERY, description = "The last error's class")
  @Parameter(name = "fingerprint", in = ParameterIn.QUERY, description = "The failure group")
  @Parameter(
      name = "failedAfter",
      in = ParameterIn.QUERY,
      description = "An ISO-8601 instant",
      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
  @Parameter(
      name = "failedBefore",
      in = ParameterIn.QUERY,
      description = "An ISO-8601 instant",
      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 0")
  @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to the page-size limit; 50")
  public ListPage<FailureSummary> list() {
    RequestFields query = RequestFields.of(uri.getQueryParameters());
    List<Rejection> errors = new ArrayList<>();
    reader.rejectUnknown(query, errors, FailureFilterFields.class, Paging.Parameters.class);
    FailureFilter filter =
        reader
            .read(query, FailureFilterFields.class, errors)
            .toFilter(transports, Optional.empty(), errors);
    Paging paging = Paging.read(query, reader, limits, errors);
    ProblemException.throwIfAny(errors);
    FailureStore.Page result = store.list(filter, paging.page(), paging.size());
    return new ListPage<>(
        result.total(), paging, result.items().stream().map(FailureSummary::of).toList());
  }

  @GET
  @Path("stats")
  @Operation(summary = "How many failure records there are, by type, transport and error class")
  public FailureStore.Stats stats() {
    return store.stats();
  }

  @GET
  @Path("groups")
  @Operation(summary = "Failure records grouped by fingerprint: one type, error class and place")
  public List<FailureStore.Group> groups() {
    return store.groups();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One failure record whole, with every attempt's error")
  public FailureDetail show(@PathParam("id") String id) {
    FailedMessage failed = find(id);
    JsonObject properties = Jsonp.createReader(new StringReader(failed.properties())).readObject();
    return FailureDetail.of(failed, properties, store.errors(failed));
  }

  @POST
  @Path("{id}/retry")
  @Operation(summary = "Send a failed message back to its transport as a new attempt")
  @APIResponse(
      responseCode = "202",
      description = "The message is back on its transport",
      content = @Content(schema = @Schema(implementation = RetryAccepted.class)))
  public Response retry(@PathParam("id") String id) {
    FailedMessage failed = find(id);
    try {
      redrive.retry(failed.id());
      audit("failed.retry", failed.id(), 1);
    } catch (FailureRedrive.OriginGoneException e) {
      throw new ProblemException(
          new Problem("origin-gone", "Origin transport gone", 409, e.getMessage()));
    }
    return Response.accepted(new RetryAccepted(failed.id(), failed.messageId(), failed.transport()))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a failure record")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(@PathParam("id") String id) {
    store.remove(find(id).id());
    audit("failed.remove", id, 1);
    return Response.noContent().build();
  }

  @POST
  @Path("retry")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Retry every failure record the filter or the ids select; {} means all")
  @RequestBody(
      content =
          @Content(schema = @Schema(allOf = {FailureFilterFields.class, BulkSelection.class})))
  @APIResponse(
      responseCode = "202",
      description = "How many were sent back (or would be, in a dry run)",
      content = @Content(schema = @Schema(implementation = BulkCount.class)))
  public Response retryAll(String body) {
    BulkRequest request = bulkRequest(body);
    List<String> ids = store.ids(request.filter());
    if (!request.dryRun()) {
      if (!ids.isEmpty()) {
        bulkRetry.retry(ids);
      }
      audit("failed.retry-bulk", request.description(), ids.size());
    }
    return Response.accepted(new BulkCount(ids.size(), request.dryRun())).build();
  }

  @POST
  @Path("remove")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove every failure record the filter or the ids select; {} means all")
  @RequestBody(
      content =
          @Content(schema = @Schema(allOf = {FailureFilterFields.class, BulkSelection.class})))
  public BulkCount removeAll(String body) {
    BulkRequest request = bulkRequest(body);
    if (request.dryRun()) {
      return new BulkCount(store.ids(request.filter()).size(), true);
    }
    int count = store.removeAll(request.filter());
    audit("failed.remove-bulk", request.description(), count);
    return new BulkCount(count, false);
  }

  /** A bulk operation's filter, whether it only counts, and the body as sent, for the audit. */
  private record BulkRequest(FailureFilter filter, boolean dryRun, String description) {}

  private void audit(String action, String target, int count) {
    audit.record(security.getUserPrincipal().getName(), action, target, count);
  }

  private BulkRequest bulkRequest(String body) {
    JsonObject json = JsonBodies.object(body, limits);
    RequestFields fields = RequestFields.of(json);
    List<Rejection> errors = new ArrayList<>();
    reader.rejectUnknown(fields, errors, FailureFilterFields.class, BulkSelection.class);
    FailureFilterFields filter = reader.read(fields, FailureFilterFields.class, errors);
    BulkSelection selection = reader.read(fields, BulkSelection.class, errors);
    FailureFilter selected =
        filter.toFilter(transports, Optional.ofNullable(selection.ids()), errors);
    ProblemException.throwIfAny(errors);
    return new BulkRequest(selected, Boolean.TRUE.equals(selection.dryRun()), json.toString());
  }

  private FailedMessage find(String id) {
    return store
        .find(Ids.requireUuid(id, "A failure record id"))
        .orElseThrow(() -> ProblemException.notFound("There is no failure record with this id."));
  }
}
