package dev.courier.it.app;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Test hooks for recoverability: the flaky handler's calls, raw JMS messages such as a hand-written
 * client would send, and taking the failure store's table away and back.
 */
@RequestScoped
@Path("test")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class FailureTestResource {

  @Inject Attempts attempts;

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:jboss/datasources/CourierDS")
  DataSource dataSource;

  @GET
  @Path("attempts")
  public JsonObject attempts(@QueryParam("text") String text) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    attempts
        .of(text)
        .forEach(
            a ->
                list.add(Json.createObjectBuilder().add("attempt", a.attempt()).add("at", a.at())));
    return Json.createObjectBuilder().add("attempts", list).build();
  }

  /** {"queue","body","properties":{name: string or number}} sent as a JMS text message. */
  @POST
  @Path("raw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  public JsonObject raw(JsonObject request) throws JMSException, NamingException {
    TextMessage message = jms.createTextMessage(request.getString("body"));
    for (var property : request.getJsonObject("properties").entrySet()) {
      JsonValue value = property.getValue();
      if (value.getValueType() == JsonValue.ValueType.NUMBER) {
        message.setLongProperty(
            property.getKey(),
            request.getJsonObject("properties").getJsonNumber(property.getKey()).longValue());
      } else {
        message.setStringProperty(
            property.getKey(), request.getJsonObject("properties").getString(property.getKey()));
      }
    }
    Queue queue = InitialContext.doLookup("java:/jms/queue/" + request.getString("queue"));
    jms.createProducer().send(queue, message);
    return Json.createObjectBuilder().add("jmsMessageId", message.getJMSMessageID()).build();
  }

  /** Renames the failure store's table away ("offline") or back ("online"). */
  @POST
  @Path("failure-store/{state}")
  public JsonObject failureStore(@PathParam("state") String state) throws SQLException {
    if (!"offline".equals(state) && !"online".equals(state)) {
      throw new jakarta.ws.rs.BadRequestException("state is offline or online");
    }
    String sql =
        "offline".equals(state)
            ? "ALTER TABLE failed_message RENAME TO failed_message_offline"
            : "ALTER TABLE failed_message_offline RENAME TO failed_message";
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
    return Json.createObjectBuilder().add("state", state).build();
  }
}
