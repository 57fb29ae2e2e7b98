package dev.courier.web.audit;

import dev.courier.audit.AuditLog;
import dev.courier.json.Jsonp;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.paging.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The audit trail of admin actions, newest first. */
@RequestScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog audit;
  @Inject RequestLimits limits;
  @Context UriInfo uri;

  @GET
  public JsonObject list() {
    Paging paging = Paging.of(uri.getQueryParameters(), limits);
    AuditLog.Page page = audit.list(paging.page(), paging.size());
    JsonArrayBuilder items = Jsonp.createArrayBuilder();
    page.items()
        .forEach(
            entry ->
                items.add(
                    Jsonp.createObjectBuilder()
                        .add("at", entry.occurredAt().toString())
                        .add("actor", entry.actor())
                        .add("action", entry.action())
                        .add("target", entry.target())
                        .add("count", entry.count())));
    return Jsonp.createObjectBuilder()
        .add("total", page.total())
        .add("page", paging.page())
        .add("size", paging.size())
        .add("items", items)
        .build();
  }
}
