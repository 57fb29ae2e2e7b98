package dev.courier.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
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
    return Problems.forStatus(exception.getResponse().getStatus()).toResponse();
  }
}
