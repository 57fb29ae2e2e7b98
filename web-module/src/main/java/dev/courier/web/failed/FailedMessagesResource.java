package dev.courier.web.failed;

import dev.courier.failure.BulkRetry;
import dev.courier.failure.FailedMessage;
import dev.courier.failure.FailureFilter;
import dev.courier.failure.FailureRedrive;
import dev.courier.failure.FailureStore;
import dev.courier.transport.TransportRegistry;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.problem.Problem;
import dev.courier.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

/** The failure store: list, show, retry, remove, one at a time or by filter; stats and groups. */
@RequestScoped
@Path("failed")
@Produces(MediaType.APPLICATION_JSON)
public class FailedMessagesResource {

  static final int MAX_PAGE_SIZE = 500;
  static final int DEFAULT_PAGE_SIZE = 50;

  @Inject FailureStore store;
  @Inject FailureRedrive redrive;
  @Inject BulkRetry bulkRetry;
  @Inject TransportRegistry transports;
  @Context UriInfo uri;

  @GET
  public JsonObject list() {
    FailureFilters filters = new FailureFilters(transports);
    FailureFilter filter = filters.fromQuery(uri.getQueryParameters(), List.of("page", "size"));
    int page = filters.number(query("page"), "page", 0, 0, 1_000_000);
    int size = filters.number(query("size"), "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    filters.check();
    FailureStore.Page result = store.list(filter, page, size);
    return Json.createObjectBuilder()
        .add("total", result.total())
        .add("page", page)
        .add("size", size)
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
    } catch (FailureRedrive.OriginGoneException e) {
      throw new ProblemException(
          new Problem("origin-gone", "Origin transport gone", 409, e.getMessage()));
    }
    return Response.accepted(
            Json.createObjectBuilder()
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
    return Response.noContent().build();
  }

  /** Body: the list filters, or {@code "ids"}, and {@code "dryRun"}; {@code {}} means all. */
  @POST
  @Path("retry")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response retryAll(String body) {
    BulkRequest request = bulkRequest(body);
    List<String> ids = store.ids(request.filter());
    if (!request.dryRun() && !ids.isEmpty()) {
      bulkRetry.retry(ids);
    }
    return Response.accepted(counted(ids.size(), request.dryRun())).build();
  }

  @POST
  @Path("remove")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject removeAll(String body) {
    BulkRequest request = bulkRequest(body);
    int count =
        request.dryRun() ? store.ids(request.filter()).size() : store.removeAll(request.filter());
    return counted(count, request.dryRun());
  }

  private record BulkRequest(FailureFilter filter, boolean dryRun) {}

  private BulkRequest bulkRequest(String body) {
    if (!(JsonBodies.parseOrEmptyObject(body) instanceof JsonObject json)) {
      throw ProblemException.badRequest(
          "invalid-request", "Invalid request", "The request body must be a JSON object.");
    }
    FailureFilters filters = new FailureFilters(transports);
    FailureFilter filter = filters.fromJson(json, List.of("dryRun"));
    JsonValue dryRun = json.getOrDefault("dryRun", JsonValue.FALSE);
    if (dryRun != JsonValue.TRUE && dryRun != JsonValue.FALSE) {
      filters.reject("dryRun", "must be true or false");
    }
    filters.check();
    return new BulkRequest(filter, dryRun == JsonValue.TRUE);
  }

  private static JsonObject counted(int count, boolean dryRun) {
    return Json.createObjectBuilder().add("count", count).add("dryRun", dryRun).build();
  }

  private Optional<String> query(String name) {
    return Optional.ofNullable(uri.getQueryParameters().getFirst(name));
  }

  private FailedMessage find(String id) {
    if (!FailureFilters.isUuid(id)) {
      throw ProblemException.badRequest(
          "invalid-id", "Invalid id", "A failure record id is a UUID; '" + id + "' is not.");
    }
    return store
        .find(id)
        .orElseThrow(
            () -> ProblemException.notFound("There is no failure record with id " + id + "."));
  }
}
