package dev.courier.it.app.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The event ids a test group handled, in order, repeats included. */
@RequestScoped
@Path("test/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class EventTestResource {

  @Inject HandledEvents handled;

  @GET
  @Path("{group}")
  public List<String> handled(@PathParam("group") String group) {
    return handled.of(group);
  }
}
