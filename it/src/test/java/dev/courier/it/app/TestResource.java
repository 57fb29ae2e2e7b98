package dev.courier.it.app;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.MessageBus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Lets client-side tests see what handlers saw, and dispatch through MessageBus as server code. */
@RequestScoped
@Path("test")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class TestResource {

  @Inject HandledMessages handled;
  @Inject MessageBus bus;

  @GET
  @Path("handled")
  public JsonObject handled(@QueryParam("text") String text) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    handled
        .of(text)
        .forEach(
            h ->
                list.add(
                    Json.createObjectBuilder()
                        .add("messageId", h.messageId())
                        .add("type", h.type())
                        .add("transport", h.transport())
                        .add("dispatchedAt", h.dispatchedAt())
                        .add("handledAt", h.handledAt())
                        .add("correlationId", h.correlationId())));
    return Json.createObjectBuilder().add("handled", list).build();
  }

  /** {"kind":"ping|urgent|bulk","text","transport"?,"delayMs"?} through {@link MessageBus}. */
  @POST
  @Path("bus")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject dispatch(JsonObject request) {
    String text = request.getString("text");
    Object message =
        switch (request.getString("kind")) {
          case "urgent" -> new Urgent(text);
          case "bulk" -> new Bulk(text);
          default -> new Ping(text);
        };
    DispatchOptions options = DispatchOptions.none();
    if (request.containsKey("transport")) {
      options = options.toTransport(request.getString("transport"));
    }
    if (request.containsKey("delayMs")) {
      options = options.delayedBy(request.getJsonNumber("delayMs").longValue());
    }
    DispatchReceipt receipt = bus.dispatch(message, options);
    return Json.createObjectBuilder()
        .add("id", receipt.id())
        .add("type", receipt.type())
        .add("transport", receipt.transport())
        .build();
  }
}
