package dev.courier.web.problem;

import dev.courier.dispatch.Rejection;
import dev.courier.web.json.ApiJson;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: what went wrong, in words meant for the caller, with the request
 * fields at fault. Never carries a stack trace or a library's exception message.
 */
public record Problem(
    String slug, String title, int status, String detail, List<Rejection> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://courier.dev/problems/";

  /** A problem as it is written; {@code errors} only when fields are at fault. */
  @Schema(name = "Problem", description = "An RFC 9457 problem detail")
  public record Body(
      @Schema(description = "https://courier.dev/problems/ and the problem's name") String type,
      String title,
      int status,
      String detail,
      @Schema(description = "Each request field at fault") List<Rejection> errors) {}

  public Problem(String slug, String title, int status, String detail) {
    this(slug, title, status, detail, List.of());
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
  }

  public String toJson() {
    return ApiJson.toJson(
        new Body(TYPE_BASE + slug, title, status, detail, errors.isEmpty() ? null : errors));
  }
}
