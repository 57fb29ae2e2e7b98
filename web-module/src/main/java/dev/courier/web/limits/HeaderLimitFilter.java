package dev.courier.web.limits;

import dev.courier.web.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** Refuses requests with too many HTTP headers, or one too long: 431, before any resource runs. */
@Provider
@PreMatching
public class HeaderLimitFilter implements ContainerRequestFilter {

  @Inject RequestLimits limits;

  @Override
  public void filter(ContainerRequestContext request) {
    int count = 0;
    for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
      for (String value : header.getValue()) {
        count++;
        if (value.length() > limits.headerLength()) {
          abort(
              request,
              "Header "
                  + header.getKey()
                  + " is longer than "
                  + limits.headerLength()
                  + " characters.");
          return;
        }
      }
    }
    if (count > limits.headerCount()) {
      abort(
          request,
          "The request has "
              + count
              + " headers; at most "
              + limits.headerCount()
              + " are accepted.");
    }
  }

  private static void abort(ContainerRequestContext request, String detail) {
    request.abortWith(
        new Problem("header-fields-too-large", "Request header fields too large", 431, detail)
            .toResponse());
  }
}
