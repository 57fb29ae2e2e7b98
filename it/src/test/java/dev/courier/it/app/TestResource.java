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
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Lets client-side tests see what handlers saw, and dispatch through MessageBus as server code. */
@RequestScoped
@Path("test")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class TestResource {

  @Inject HandledMessages handled;
  @Inject MessageBus bus;
  @Inject RolledBackDispatch rolledBack;

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
    DispatchReceipt receipt =
        bus.dispatch(
            message(request.getString("kind"), request.getString("text")), options(request));
    return Json.createObjectBuilder()
        .add("id", receipt.id())
        .add("type", receipt.type())
        .add("transport", receipt.transport())
        .build();
  }

  /**
   * {"kind","texts":[...],"transport"?,"rollBack"?} through {@link MessageBus#dispatchAll}, outside
   * a transaction, or with rollBack in one that rolls back after the dispatch.
   */
  @POST
  @Path("bus/all")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject dispatchAll(JsonObject request) {
    String kind = request.getString("kind");
    List<Object> messages =
        request.getJsonArray("texts").getValuesAs(JsonString.class).stream()
            .map(text -> message(kind, text.getString()))
            .toList();
    if (request.getBoolean("rollBack", false)) {
      try {
        rolledBack.dispatchAllThenRollBack(messages, options(request));
      } catch (RolledBackDispatch.RolledBack expected) {
        return Json.createObjectBuilder().add("rolledBack", true).build();
      }
    }
    JsonArrayBuilder ids = Json.createArrayBuilder();
    bus.dispatchAll(messages, options(request)).forEach(receipt -> ids.add(receipt.id()));
    return Json.createObjectBuilder().add("ids", ids).build();
  }

  private static Object message(String kind, String text) {
    return switch (kind) {
      case "urgent" -> new Urgent(text);
      case "bulk" -> new Bulk(text);
      default -> new Ping(text);
    };
  }

  private static DispatchOptions options(JsonObject request) {
    DispatchOptions options = DispatchOptions.none();
    if (request.containsKey("transport")) {
      options = options.toTransport(request.getString("transport"));
    }
    if (request.containsKey("delayMs")) {
      options = options.delayedBy(request.getJsonNumber("delayMs").longValue());
    }
    return options;
  }
}
