package dev.courier.web.problem;

import jakarta.ws.rs.core.Response.Status;

/** The problem for a bare HTTP status, with a detail of our own. */
final class Problems {

  private Problems() {}

  static Problem forStatus(int status) {
    Status known = Status.fromStatusCode(status);
    String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
    return new Problem(
        title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), title, status, detail(status));
  }

  private static String detail(int status) {
    return switch (status) {
      case 401 -> "Authentication is required: send HTTP Basic credentials of a Courier user.";
      case 403 ->
          "Your user lacks the role this resource needs (courier-dispatch or courier-admin).";
      case 404 -> "There is no resource at this path.";
      case 405 -> "This resource does not accept this HTTP method.";
      case 406 -> "This resource answers application/json only.";
      case 413 -> "The request body is larger than this server accepts.";
      case 415 ->
          "This resource accepts application/json only; set Content-Type: application/json.";
      case 500 -> "The server failed to process the request; the reason is in its log.";
      default -> "The request could not be processed (HTTP " + status + ").";
    };
  }
}
