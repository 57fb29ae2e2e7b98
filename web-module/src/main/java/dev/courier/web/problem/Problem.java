package dev.courier.web.problem;

import dev.courier.dispatch.Rejection;
import dev.courier.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail: what went wrong, in words meant for the caller, with the request
 * fields at fault. Never carries a stack trace or a library's exception message.
 */
public record Problem(
    String slug, String title, int status, String detail, List<Rejection> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://courier.dev/problems/";

  public Problem(String slug, String title, int status, String detail) {
    this(slug, title, status, detail, List.of());
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
  }

  public String toJson() {
    JsonObjectBuilder body =
        Jsonp.createObjectBuilder()
            .add("type", TYPE_BASE + slug)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Jsonp.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  Jsonp.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      body.add("errors", list);
    }
    return body.build().toString();
  }
}
