package dev.courier.web.probe;

import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.DispatchRejectedException;
import dev.courier.dispatch.Rejection;
import dev.courier.json.Jsonp;
import dev.courier.probe.Probe;
import dev.courier.probe.ProbeMessage;
import dev.courier.probe.ProbeService;
import dev.courier.probe.ProbeStatus;
import dev.courier.transport.TransportNames;
import dev.courier.web.json.Ids;
import dev.courier.web.json.JsonBodies;
import dev.courier.web.json.JsonFields;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** Sends a probe through a transport and reads back what became of it. */
@RequestScoped
@Path("probes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbesResource {

  static final List<String> FIELDS = List.of("transport", "failTimes", "unrecoverable", "sleepMs");

  @Inject ProbeService probes;
  @Inject RequestLimits limits;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response send(String body) {
    JsonValue json = JsonBodies.parseOrEmptyObject(body, limits);
    if (!(json instanceof JsonObject object)) {
      throw ProblemException.badRequest(
          "invalid-request", "Invalid request", "The request body must be a JSON object.");
    }
    List<Rejection> rejections = new ArrayList<>();
    JsonFields fields = new JsonFields(object, FIELDS, rejections, limits.textLength());
    String transport = fields.text("transport").orElse(TransportNames.NORMAL);
    long failTimes = fields.wholeNumber("failTimes").orElse(0L);
    boolean unrecoverable = fields.bool("unrecoverable").orElse(false);
    long sleepMs = fields.wholeNumber("sleepMs").orElse(0L);
    if (!rejections.isEmpty()) {
      throw new DispatchRejectedException(rejections);
    }
    DispatchReceipt receipt =
        probes.send(new ProbeMessage(saturated(failTimes), unrecoverable, sleepMs), transport);
    return Response.accepted(Jsonp.createObjectBuilder().add("id", receipt.id()).build()).build();
  }

  @GET
  @Path("{id}")
  public JsonObject show(@PathParam("id") String id) {
    if (!Ids.isUuid(id)) {
      throw ProblemException.badRequest(
          "invalid-id", "Invalid id", "A probe id is a UUID; this one is not.");
    }
    return probes
        .find(id)
        .map(probe -> toJson(probe, probes.status(probe)))
        .orElseThrow(() -> ProblemException.notFound("There is no probe with this id."));
  }

  /** Out-of-range counts stay out of range, so validation reports them instead of wrapping. */
  private static int saturated(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  private static JsonObject toJson(Probe probe, ProbeStatus status) {
    JsonObjectBuilder json =
        Jsonp.createObjectBuilder()
            .add("id", probe.id())
            .add("transport", probe.transport())
            .add("status", status.name().toLowerCase())
            .add("attempts", probe.attempts())
            .add("duplicates", probe.duplicates())
            .add("dispatchedAt", probe.dispatchedAt().toString());
    probe
        .handledAt()
        .ifPresentOrElse(
            at -> json.add("handledAt", at.toString()), () -> json.addNull("handledAt"));
    probe
        .latencyMs()
        .ifPresentOrElse(ms -> json.add("latencyMs", ms), () -> json.addNull("latencyMs"));
    probe
        .lastError()
        .ifPresentOrElse(e -> json.add("lastError", e), () -> json.addNull("lastError"));
    return json.build();
  }
}
