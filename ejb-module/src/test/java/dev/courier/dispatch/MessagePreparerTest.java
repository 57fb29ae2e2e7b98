package dev.courier.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.courier.handler.HandlerBinding;
import dev.courier.handler.HandlerRegistry;
import dev.courier.handler.MessageType;
import dev.courier.routing.RoutingTable;
import dev.courier.transport.TransportRegistry;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

public class MessagePreparerTest {

  /** A message type of this test; public, as JSON-B binds only what it may access. */
  @MessageType("test.note")
  public record Note(@NotBlank String text, int count) {}

  /** A record no handler takes. */
  @MessageType("test.orphan")
  public record Orphan(String text) {}

  /** The registry with one handler, counting its look-ups. */
  static final class OneHandler extends HandlerRegistry {
    int lookups;

    @Override
    public Optional<HandlerBinding> find(String type) {
      lookups++;
      return "test.note".equals(type)
          ? Optional.of(new HandlerBinding(type, Note.class, Object.class))
          : Optional.empty();
    }

    @Override
    public Set<String> types() {
      return Set.of("test.note");
    }
  }

  private final OneHandler handlers = new OneHandler();
  private final MessagePreparer preparer = preparer(handlers);

  private static MessagePreparer preparer(HandlerRegistry handlers) {
    Config config =
        new SmallRyeConfigBuilder()
            .withSources(
                new PropertiesConfigSource(
                    Map.of("courier.routing.test.note", "high"), "test", 100))
            .build();
    MessagePreparer preparer = new MessagePreparer();
    preparer.handlers = handlers;
    preparer.transports = TransportRegistry.fromConfig(config);
    preparer.routing = RoutingTable.fromConfig(config, "normal");
    preparer.validation = new RecordValidation(Validation.buildDefaultValidatorFactory());
    preparer.jsonb = JsonbBuilder.create();
    return preparer;
  }

  private static JsonMessage json(String type, String payload, DispatchOptions options) {
    try (var reader = Json.createReader(new StringReader(payload))) {
      JsonObject object = reader.readObject();
      return new JsonMessage(type, object, object.toString(), options);
    }
  }

  private List<String> rejections(Runnable prepare) {
    return assertThrows(DispatchRejectedException.class, prepare::run).rejections().stream()
        .map(r -> r.kind() + " " + r.field())
        .toList();
  }

  @Test
  void aMessageFromServerCodeIsRoutedAndWrapped() {
    OutgoingMessage message = preparer.prepare(new Note("hello", 2), DispatchOptions.none());

    assertEquals("test.note", message.envelope().type());
    assertEquals("high", message.transport().name());
    assertEquals(0, message.envelope().attempt());
    assertEquals("{\"count\":2,\"text\":\"hello\"}", message.envelope().body());
  }

  @Test
  void aListFromServerCodeIsPreparedWholeOrRefusedWithEachBadMessagesPosition() {
    List<OutgoingMessage> prepared =
        preparer.prepareAll(
            List.of(new Note("a", 1), new Note("b", 2)), DispatchOptions.none().toTransport("low"));
    assertEquals(List.of("low", "low"), prepared.stream().map(m -> m.transport().name()).toList());

    assertEquals(
        List.of("INVALID_PAYLOAD [1].payload.text", "UNKNOWN_TYPE [2].type"),
        rejections(
            () ->
                preparer.prepareAll(
                    List.of(new Note("ok", 1), new Note(" ", 2), new Orphan("x")),
                    DispatchOptions.none())));
  }

  @Test
  void aJsonMessageLooksItsHandlerUpOnceAndCarriesItsPayloadAsSent() {
    OutgoingMessage message =
        preparer
            .prepareJson(
                List.of(
                    json(
                        "test.note",
                        "{\"text\":\"hi\",\"count\":3}",
                        DispatchOptions.none().toTransport("low"))))
            .get(0);

    assertEquals(1, handlers.lookups);
    assertEquals("{\"text\":\"hi\",\"count\":3}", message.envelope().body());
    assertEquals("low", message.transport().name());
  }

  @Test
  void aPayloadThatDoesNotFitItsRecordIsRefusedFieldByField() {
    assertEquals(
        List.of("INVALID_PAYLOAD payload.text", "INVALID_PAYLOAD payload.colour"),
        rejections(
            () ->
                preparer.prepareJson(
                    List.of(
                        json(
                            "test.note",
                            "{\"text\":1,\"colour\":\"red\"}",
                            DispatchOptions.none())))));
  }

  @Test
  void constraintsAndRoutingProblemsAreReportedTogether() {
    DispatchOptions options =
        new DispatchOptions(
            Optional.of("urgent"), -1, Optional.of(" "), Optional.empty(), Optional.empty(), 0);

    assertEquals(
        List.of(
            "INVALID_PAYLOAD payload.text",
            "INVALID_REQUEST delayMs",
            "INVALID_REQUEST idempotencyKey",
            "UNKNOWN_TRANSPORT transport"),
        rejections(
            () -> preparer.prepareJson(List.of(json("test.note", "{\"text\":\" \"}", options)))));
  }

  @Test
  void anUnknownTypeIsRefusedFromEitherSide() {
    assertEquals(
        List.of("UNKNOWN_TYPE type"),
        rejections(() -> preparer.prepare(new Orphan("x"), DispatchOptions.none())));
    assertEquals(
        List.of("UNKNOWN_TYPE [1].type"),
        rejections(
            () ->
                preparer.prepareJson(
                    List.of(
                        json("test.note", "{\"text\":\"a\"}", DispatchOptions.none()),
                        json("test.orphan", "{}", DispatchOptions.none())))));
  }
}
