package dev.courier.web.problem;

import jakarta.jms.JMSRuntimeException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The broker did not take a request's messages: unreachable, or failing over to its backup (which
 * rolls back a transaction in flight). 503 with {@code Retry-After}: what the request sent in a
 * transaction was not stored, and what it sent alone carried an idempotency key, which the broker
 * does not take twice, so sending the same request again is safe.
 */
@Provider
public class BrokerUnavailableMapper implements ExceptionMapper<JMSRuntimeException> {

  private static final Logger LOG = Logger.getLogger(BrokerUnavailableMapper.class.getName());
  static final String RETRY_AFTER_SECONDS = "1";

  @Override
  public Response toResponse(JMSRuntimeException exception) {
    LOG.log(Level.WARNING, "Courier: the broker refused a request's messages: {0}", exception);
    Response problem =
        new Problem(
                "broker-unavailable",
                "Broker unavailable",
                503,
                "The message broker did not take this request's messages (it may be failing over"
                    + " to its backup); none was kept but those with an idempotency key, which a"
                    + " retry does not duplicate. Send the request again.")
            .toResponse();
    return Response.fromResponse(problem)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .build();
  }
}
