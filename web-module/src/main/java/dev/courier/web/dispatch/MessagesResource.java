package dev.courier.web.dispatch;

import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.MessageBus;
import dev.courier.json.Jsonp;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.limits.RequestLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Dispatches messages over HTTP. 202: the broker has them; handling follows. */
@RequestScoped
@Path("messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

  @Inject MessageBus bus;
  @Inject RequestLimits limits;

  @POST
  public Response dispatch(String body) {
    DispatchReceipt receipt =
        bus.dispatchJson(DispatchRequests.one(JsonBodies.parse(body, limits), limits));
    return Response.accepted(
            Jsonp.createObjectBuilder()
                .add("id", receipt.id())
                .add("type", receipt.type())
                .add("transport", receipt.transport())
                .build())
        .build();
  }

  @POST
  @Path("batch")
  public Response dispatchBatch(String body) {
    List<DispatchReceipt> receipts =
        bus.dispatchJson(DispatchRequests.batch(JsonBodies.parse(body, limits), limits));
    JsonArrayBuilder ids = Jsonp.createArrayBuilder();
    receipts.forEach(receipt -> ids.add(receipt.id()));
    return Response.accepted(Jsonp.createObjectBuilder().add("ids", ids).build()).build();
  }
}
