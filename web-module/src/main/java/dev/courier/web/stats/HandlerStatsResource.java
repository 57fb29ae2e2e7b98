package dev.courier.web.stats;

import dev.courier.json.Jsonp;
import dev.courier.stats.Deferral;
import dev.courier.stats.HandlerSnapshot;
import dev.courier.stats.HandlerStats;
import dev.courier.stats.LatencySnapshot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** What the handlers of this node did since it started, per message type (admin). */
@RequestScoped
@Path("stats/handlers")
@Produces(MediaType.APPLICATION_JSON)
public class HandlerStatsResource {

  @Inject HandlerStats stats;

  @GET
  public JsonArray byType() {
    JsonArrayBuilder list = Jsonp.createArrayBuilder();
    for (HandlerSnapshot type : stats.byType()) {
      JsonObjectBuilder deferred = Jsonp.createObjectBuilder();
      for (Deferral reason : Deferral.values()) {
        deferred.add(reason.label(), type.deferred().getOrDefault(reason, 0L));
      }
      list.add(
          Jsonp.createObjectBuilder()
              .add("type", type.type())
              .add("handled", type.handled())
              .add("failed", type.failed())
              .add("retried", type.retried())
              .add("deferred", deferred)
              .add("sinceStart", timings(type.sinceStart()))
              .add("lastFiveMinutes", timings(type.lastFiveMinutes())));
    }
    return list.build();
  }

  private static JsonObjectBuilder timings(LatencySnapshot latency) {
    JsonObjectBuilder json = Jsonp.createObjectBuilder().add("count", latency.total());
    percentile(json, "p50Ms", latency.percentileMs(0.50));
    percentile(json, "p95Ms", latency.percentileMs(0.95));
    percentile(json, "p99Ms", latency.percentileMs(0.99));
    return json;
  }

  private static void percentile(JsonObjectBuilder json, String name, Optional<Double> ms) {
    ms.ifPresentOrElse(
        value -> json.add(name, Math.round(value * 10) / 10.0), () -> json.addNull(name));
  }
}
