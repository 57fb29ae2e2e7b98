package dev.courier.web.failed;

import dev.courier.audit.AuditLog;
import dev.courier.failure.BulkRetry;
import dev.courier.failure.FailedMessage;
import dev.courier.failure.FailureFilter;
import dev.courier.failure.FailureRedrive;
import dev.courier.failure.FailureStore;
import dev.courier.json.Jsonp;
import dev.courier.transport.TransportRegistry;
import dev.courier.web.json.Ids;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.paging.Paging;
import dev.courier.web.problem.Problem;
import dev.courier.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.List;

/** The failure store: list, show, retry, remove, one at a time or by filter; stats and groups. */
@RequestScoped
@Path("failed")
@Produces(MediaType.APPLICATION_JSON)
public class FailedMessagesResource {

  @Inject FailureStore store;
  @Inject FailureRedrive redrive;
  @Inject BulkRetry bulkRetry;
  @Inject TransportRegistry transports;
  @Inject RequestLimits limits;
  @Inject AuditLog audit;
  @Context UriInfo uri;
  @Context SecurityContext security;

  @GET
  public JsonObject list() {
    FailureFilters filters = new FailureFilters(transports, limits);
    FailureFilter filter = filters.fromQuery(uri.getQueryParameters(), Paging.PARAMETERS);
    Paging paging = filters.paging(uri.getQueryParameters());
    filters.check();
    FailureStore.Page result = store.list(filter, paging.page(), paging.size());
    return Jsonp.createObjectBuilder()
        .add("total", result.total())
        .add("page", paging.page())
        .add("size", paging.size())
        .add("items", FailedMessageJson.summaries(result.items()))
        .build();
  }

  @GET
  @Path("stats")
  public JsonObject stats() {
    return FailedMessageJson.stats(store.stats());
  }

  @GET
  @Path("groups")
  public JsonValue groups() {
    return FailedMessageJson.groups(store.groups());
  }

  @GET
  @Path("{id}")
  public JsonObject show(@PathParam("id") String id) {
    FailedMessage failed = find(id);
    return FailedMessageJson.detail(failed, store.errors(failed));
  }

  @POST
  @Path("{id}/retry")
  public Response retry(@PathParam("id") String id) {
    FailedMessage failed = find(id);
    try {
      redrive.retry(failed.id());
      audit("failed.retry", failed.id(), 1);
    } catch (FailureRedrive.OriginGoneException e) {
      throw new ProblemException(
          new Problem("origin-gone", "Origin transport gone", 409, e.getMessage()));
    }
    return Response.accepted(
            Jsonp.createObjectBuilder()
                .add("id", failed.id())
                .add("messageId", failed.messageId())
                .add("transport", failed.transport())
                .build())
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") String id) {
    store.remove(find(id).id());
    audit("failed.remove", id, 1);
    return Response.noContent().build();
  }

  /** Body: the list filters, or {@code "ids"}, and {@code "dryRun"}; {@code {}} means all. */
  @POST
  @Path("retry")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response retryAll(String body) {
    BulkRequest request = bulkRequest(body);
    List<String> ids = store.ids(request.filter());
    if (!request.dryRun()) {
      if (!ids.isEmpty()) {
        bulkRetry.retry(ids);
      }
      audit("failed.retry-bulk", request.description(), ids.size());
    }
    return Response.accepted(counted(ids.size(), request.dryRun())).build();
  }

  @POST
  @Path("remove")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject removeAll(String body) {
    BulkRequest request = bulkRequest(body);
    if (request.dryRun()) {
      return counted(store.ids(request.filter()).size(), true);
    }
    int count = store.removeAll(request.filter());
    audit("failed.remove-bulk", request.description(), count);
    return counted(count, false);
  }

  /** A bulk operation's filter, whether it only counts, and the body as sent, for the audit. */
  private record BulkRequest(FailureFilter filter, boolean dryRun, String description) {}

  private void audit(String action, String target, int count) {
    audit.record(security.getUserPrincipal().getName(), action, target, count);
  }

  private BulkRequest bulkRequest(String body) {
    if (!(JsonBodies.parseOrEmptyObject(body, limits) instanceof JsonObject json)) {
      throw ProblemException.badRequest(
          "invalid-request", "Invalid request", "The request body must be a JSON object.");
    }
    FailureFilters filters = new FailureFilters(transports, limits);
    FailureFilter filter = filters.fromJson(json, List.of("dryRun"));
    JsonValue dryRun = json.getOrDefault("dryRun", JsonValue.FALSE);
    if (dryRun != JsonValue.TRUE && dryRun != JsonValue.FALSE) {
      filters.reject("dryRun", "must be true or false");
    }
    filters.check();
    return new BulkRequest(filter, dryRun == JsonValue.TRUE, json.toString());
  }

  private static JsonObject counted(int count, boolean dryRun) {
    return Jsonp.createObjectBuilder().add("count", count).add("dryRun", dryRun).build();
  }

  private FailedMessage find(String id) {
    if (!Ids.isUuid(id)) {
      throw ProblemException.badRequest(
          "invalid-id", "Invalid id", "A failure record id is a UUID; this one is not.");
    }
    return store
        .find(id)
        .orElseThrow(() -> ProblemException.notFound("There is no failure record with this id."));
  }
}
