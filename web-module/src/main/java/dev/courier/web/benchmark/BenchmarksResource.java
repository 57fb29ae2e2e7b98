package dev.courier.web.benchmark;

import dev.courier.benchmark.Benchmarks;
import dev.courier.dispatch.Rejection;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The benchmark snapshots the {@code calculate-benchmarks} schedule stores (admin): per message
 * type and transport over each period, handled, failed, retried, deferred, handling-time
 * percentiles and the peak handled in a minute.
 */
@RequestScoped
@Path("benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class BenchmarksResource {

  @Inject Benchmarks benchmarks;
  @Inject RequestReader reader;
  @Inject RequestLimits limits;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The snapshots whose period overlaps from–to, newest first")
  @Parameter(name = "from", in = ParameterIn.QUERY, description = "ISO-8601 instant")
  @Parameter(name = "to", in = ParameterIn.QUERY, description = "ISO-8601 instant")
  @Parameter(name = "type", in = ParameterIn.QUERY, description = "A message type")
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 0")
  @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to the page-size limit; 50")
  public ListPage<BenchmarkView> list() {
    RequestFields fields = RequestFields.of(uri.getQueryParameters());
    List<Rejection> errors = new ArrayList<>();
    reader.rejectUnknown(fields, errors, BenchmarkQuery.class, Paging.Parameters.class);
    BenchmarkQuery query = reader.read(fields, BenchmarkQuery.class, errors);
    Paging paging = Paging.read(fields, reader, limits, errors);
    if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
      errors.add(new Rejection(Rejection.Kind.INVALID_REQUEST, "from", "must not be after 'to'"));
    }
    ProblemException.throwIfAny(errors);
    Optional<String> type = Optional.ofNullable(query.type());
    Benchmarks.Page page =
        benchmarks.list(
            Optional.ofNullable(query.from()),
            Optional.ofNullable(query.to()),
            type,
            paging.page(),
            paging.size());
    return new ListPage<>(
        page.total(),
        paging,
        page.items().stream()
            .map(
                snapshot ->
                    BenchmarkView.of(
                        snapshot, figure -> type.map(figure.type()::equals).orElse(true)))
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One snapshot with all its figures")
  public BenchmarkView get(@PathParam("id") String id) {
    return parse(id)
        .flatMap(benchmarks::find)
        .map(snapshot -> BenchmarkView.of(snapshot, figure -> true))
        .orElseThrow(
            () -> ProblemException.notFound("There is no benchmark snapshot '" + id + "'."));
  }

  private static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
