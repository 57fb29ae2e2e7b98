package dev.courier.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The errors JAX-RS raises itself (unknown path 404, wrong method 405, wrong content type 415, …)
 * as problems, with a detail of our own rather than the runtime's message.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    Status known = Status.fromStatusCode(status);
    String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
    return new Problem(slug(title), title, status, detail(status)).toResponse();
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }

  private static String detail(int status) {
    return switch (status) {
      case 404 -> "There is no resource at this path.";
      case 405 -> "This resource does not accept this HTTP method.";
      case 406 -> "This resource answers application/json only.";
      case 415 ->
          "This resource accepts application/json only; set Content-Type: application/json.";
      default -> "The request could not be processed (HTTP " + status + ").";
    };
  }
}
