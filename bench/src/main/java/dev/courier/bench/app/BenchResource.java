package dev.courier.bench.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** The benchmark harness's hooks in the server (deployed by the harness only, admin only). */
@RequestScoped
@Path("bench")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class BenchResource {

  @Inject BenchRunner runner;
  @Inject Tally tally;

  @POST
  @Path("run/{scenario}")
  public JsonObject run(
      @PathParam("scenario") String scenario,
      @QueryParam("messages") int messages,
      @QueryParam("timeoutMs") long timeoutMs) {
    return json(runner.run(scenario(scenario), positive(messages), positive(timeoutMs)));
  }

  @POST
  @Path("paced")
  public JsonObject paced(
      @QueryParam("scenario") @DefaultValue("courier") String scenario,
      @QueryParam("messages") int messages,
      @QueryParam("perSecond") double perSecond,
      @QueryParam("timeoutMs") long timeoutMs) {
    if (!(perSecond > 0)) {
      throw new BadRequestException("perSecond must be > 0");
    }
    return json(
        runner.paced(scenario(scenario), positive(messages), perSecond, positive(timeoutMs)));
  }

  /** Starts counting a run driven from outside (the REST scenarios). */
  @POST
  @Path("tally/reset")
  public JsonObject reset() {
    tally.reset(0);
    return count();
  }

  @GET
  @Path("tally")
  public JsonObject count() {
    return Json.createObjectBuilder().add("count", tally.count()).build();
  }

  @GET
  @Path("heap")
  public JsonObject heap() {
    return Json.createObjectBuilder().add("usedBytes", runner.heapAfterGc()).build();
  }

  private static Scenario scenario(String name) {
    try {
      return Scenario.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("unknown scenario " + name);
    }
  }

  private static <N extends Number> N positive(N value) {
    if (value.doubleValue() <= 0) {
      throw new BadRequestException("messages and timeoutMs must be > 0");
    }
    return value;
  }

  private static JsonObject json(BenchRunner.Result result) {
    return Json.createObjectBuilder()
        .add("messages", result.messages())
        .add("elapsedMs", result.elapsedMs())
        .add("perSecond", result.perSecond())
        .add("p50Ms", result.p50Ms())
        .add("p99Ms", result.p99Ms())
        .build();
  }
}
