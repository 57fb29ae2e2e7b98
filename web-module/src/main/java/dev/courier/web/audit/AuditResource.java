package dev.courier.web.audit;

import dev.courier.audit.AuditEntry;
import dev.courier.audit.AuditLog;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit trail of admin actions, newest first. */
@RequestScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class AuditResource {

  /** One admin action: who did what to which target, and how many records it touched. */
  public record AuditItem(Instant at, String actor, String action, String target, int count) {

    static AuditItem of(AuditEntry entry) {
      return new AuditItem(
          entry.occurredAt(), entry.actor(), entry.action(), entry.target(), entry.count());
    }
  }

  @Inject AuditLog audit;
  @Inject RequestReader reader;
  @Inject RequestLimits limits;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The audit trail, newest first")
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 0")
  @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to the page-size limit; 50")
  public ListPage<AuditItem> list() {
    RequestFields query = RequestFields.of(uri.getQueryParameters());
    List<Rejection> errors = new ArrayList<>();
    reader.rejectUnknown(query, errors, Paging.Parameters.class);
    Paging paging = Paging.read(query, reader, limits, errors);
    ProblemException.throwIfAny(errors);
    AuditLog.Page page = audit.list(paging.page(), paging.size());
    return new ListPage<>(page.total(), paging, page.items().stream().map(AuditItem::of).toList());
  }
}
