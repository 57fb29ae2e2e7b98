package dev.courier.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: 500 with an incident id the operator finds in the log, and no detail
 * of the failure in the body.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, exception, () -> "Courier: unexpected error, incident " + incident);
    return new Problem(
            "internal-error",
            "Internal error",
            500,
            "The server failed to process the request; incident " + incident + " is in its log.")
        .toResponse();
  }
}
