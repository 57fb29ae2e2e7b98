package dev.courier.web.problem;

import dev.courier.dispatch.DispatchRejectedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A message that was not dispatched because it is invalid: 400 with every field at fault. */
@Provider
public class DispatchRejectedMapper implements ExceptionMapper<DispatchRejectedException> {

  @Override
  public Response toResponse(DispatchRejectedException exception) {
    return new Problem(
            exception.kind().slug(),
            exception.kind().title(),
            400,
            exception.getMessage(),
            exception.rejections())
        .toResponse();
  }
}
