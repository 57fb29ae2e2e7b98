package dev.courier.web.transport;

import dev.courier.audit.AuditLog;
import dev.courier.breaker.TransportBreakers;
import dev.courier.control.QueueFigures;
import dev.courier.control.TransportControl;
import dev.courier.failure.FailureStore;
import dev.courier.json.Jsonp;
import dev.courier.transport.BreakerPolicy;
import dev.courier.transport.RetryPolicy;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import dev.courier.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/**
 * Transports as the broker sees them; pause and resume (admin). An operator's pause or resume
 * resets the transport's circuit breaker: the operator takes over.
 */
@RequestScoped
@Path("transports")
@Produces(MediaType.APPLICATION_JSON)
public class TransportsResource {

  @Inject TransportRegistry transports;
  @Inject TransportControl control;
  @Inject TransportBreakers breakers;
  @Inject AuditLog audit;
  @Inject FailureStore failures;
  @Context SecurityContext security;

  @GET
  public JsonArray list() {
    Map<String, Long> failed = failures.stats().byTransport();
    JsonArrayBuilder list = Jsonp.createArrayBuilder();
    transports
        .names()
        .forEach(name -> list.add(describe(transports.find(name).orElseThrow(), failed)));
    return list.build();
  }

  @GET
  @Path("{name}")
  public JsonObject show(@PathParam("name") String name) {
    return describe(find(name), failures.stats().byTransport());
  }

  @POST
  @Path("{name}/pause")
  public JsonObject pause(@PathParam("name") String name) {
    Transport transport = find(name);
    control.pause(transport);
    breakers.reset(transport);
    audit.record(security.getUserPrincipal().getName(), "transport.pause", name, 0);
    return state(transport);
  }

  @POST
  @Path("{name}/resume")
  public JsonObject resume(@PathParam("name") String name) {
    Transport transport = find(name);
    control.resume(transport);
    breakers.reset(transport);
    audit.record(security.getUserPrincipal().getName(), "transport.resume", name, 0);
    return state(transport);
  }

  private JsonObject describe(Transport transport, Map<String, Long> failed) {
    QueueFigures figures = control.figures(transport);
    RetryPolicy retry = transport.retry();
    BreakerPolicy breaker = transport.breaker();
    JsonObjectBuilder json =
        Jsonp.createObjectBuilder()
            .add("name", transport.name())
            .add("queue", transport.queueName())
            .add("concurrency", transport.concurrency())
            .add(
                "retry",
                Jsonp.createObjectBuilder()
                    .add("max", retry.maxRetries())
                    .add("delayMs", retry.delayMs())
                    .add("multiplier", retry.multiplier())
                    .add("maxDelayMs", retry.maxDelayMs())
                    .add("jitter", retry.jitter()))
            .add("timeoutMs", transport.timeoutMs())
            .add("ratePerSecond", transport.ratePerSecond())
            .add(
                "breakerPolicy",
                Jsonp.createObjectBuilder()
                    .add("failures", breaker.failures())
                    .add("windowMs", breaker.windowMs())
                    .add("coolDownMs", breaker.coolDownMs()))
            .add("paused", figures.paused())
            .add("breaker", breakers.state(transport).label())
            .add("messageCount", figures.messageCount())
            .add("deliveringCount", figures.deliveringCount())
            .add("scheduledCount", figures.scheduledCount())
            .add("consumerCount", figures.consumerCount())
            .add("messagesAdded", figures.messagesAdded())
            .add("messagesAcknowledged", figures.messagesAcknowledged())
            .add("failedCount", failed.getOrDefault(transport.name(), 0L));
    figures
        .oldestMessageAgeMs()
        .ifPresentOrElse(
            age -> json.add("oldestMessageAgeMs", age), () -> json.addNull("oldestMessageAgeMs"));
    return json.build();
  }

  private JsonObject state(Transport transport) {
    return Jsonp.createObjectBuilder()
        .add("name", transport.name())
        .add("paused", control.paused(transport))
        .build();
  }

  private Transport find(String name) {
    return transports
        .find(name)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "There is no transport of this name; transports: " + transports.names() + "."));
  }
}
