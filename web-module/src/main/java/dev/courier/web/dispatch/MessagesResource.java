package dev.courier.web.dispatch;

import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.MessageBus;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.limits.RequestLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Dispatches messages over HTTP. 202: the broker has them; handling follows. */
@RequestScoped
@Path("messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"courier-dispatch", "courier-admin"})
public class MessagesResource {

  @Inject MessageBus bus;
  @Inject DispatchRequests requests;
  @Inject RequestLimits limits;

  @POST
  @Operation(summary = "Dispatch one message")
  @RequestBody(content = @Content(schema = @Schema(implementation = DispatchRequest.class)))
  @APIResponse(
      responseCode = "202",
      description = "The broker has the message",
      content = @Content(schema = @Schema(implementation = DispatchAccepted.class)))
  public Response dispatch(String body) {
    DispatchReceipt receipt = bus.dispatchJson(requests.one(JsonBodies.parse(body, limits)));
    return Response.accepted(
            new DispatchAccepted(receipt.id(), receipt.type(), receipt.transport()))
        .build();
  }

  @POST
  @Path("batch")
  @Operation(summary = "Dispatch a batch of messages, all or none")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = DispatchRequest.class)))
  @APIResponse(
      responseCode = "202",
      description = "The broker has every message of the batch",
      content = @Content(schema = @Schema(implementation = BatchAccepted.class)))
  public Response dispatchBatch(String body) {
    List<DispatchReceipt> receipts =
        bus.dispatchJson(requests.batch(JsonBodies.parse(body, limits)));
    return Response.accepted(new BatchAccepted(receipts.stream().map(DispatchReceipt::id).toList()))
        .build();
  }
}
