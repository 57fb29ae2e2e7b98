package dev.courier.web.stats;

import dev.courier.stats.Deferral;
import dev.courier.stats.HandlerSnapshot;
import dev.courier.stats.HandlerStats;
import dev.courier.stats.LatencySnapshot;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the handlers of this node did since it started, per message type (admin). */
@RequestScoped
@Path("stats/handlers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class HandlerStatsResource {

  /** One message type's counts, deferrals by reason, and handling times. */
  public record TypeStats(
      String type,
      long handled,
      long failed,
      long retried,
      Map<String, Long> deferred,
      Timings sinceStart,
      Timings lastFiveMinutes) {

    static TypeStats of(HandlerSnapshot type) {
      Map<String, Long> deferred = new LinkedHashMap<>();
      for (Deferral reason : Deferral.values()) {
        deferred.put(reason.label(), type.deferred().getOrDefault(reason, 0L));
      }
      return new TypeStats(
          type.type(),
          type.handled(),
          type.failed(),
          type.retried(),
          deferred,
          Timings.of(type.sinceStart()),
          Timings.of(type.lastFiveMinutes()));
    }
  }

  /** Handling times in milliseconds, to a tenth; null before the first message. */
  @JsonbNillable
  public record Timings(long count, Double p50Ms, Double p95Ms, Double p99Ms) {

    static Timings of(LatencySnapshot latency) {
      return new Timings(
          latency.total(),
          tenths(latency.percentileMs(0.50)),
          tenths(latency.percentileMs(0.95)),
          tenths(latency.percentileMs(0.99)));
    }

    private static Double tenths(Optional<Double> ms) {
      return ms.map(value -> Math.round(value * 10) / 10.0).orElse(null);
    }
  }

  @Inject HandlerStats stats;

  @GET
  @Operation(summary = "Per message type: handled, failed, retried, deferred and handling times")
  public List<TypeStats> byType() {
    return stats.byType().stream().map(TypeStats::of).toList();
  }
}
