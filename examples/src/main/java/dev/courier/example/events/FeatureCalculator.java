package dev.courier.example.events;

import dev.courier.events.Event;
import dev.courier.events.EventContext;
import dev.courier.events.EventHandler;
import dev.courier.events.EventPublisher;
import dev.courier.events.Subscribe;
import dev.courier.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.Optional;

/**
 * The seeds' event chain, as {@code secretmagic-group}: an update of sales, stock or products leads
 * to {@code features_updated}, an update of a bill of materials to {@code bom_exploded}, each
 * published in the handler's transaction (so once per event, however often it is delivered) for
 * {@code trainer-group} and {@code analytics-group} to read. The calculation itself is the
 * application's; this one passes its input on.
 */
@ApplicationScoped
@Subscribe(
    groups = "secretmagic-group",
    types = {"sales_updated", "stock_updated", "products_updated", "bom_updated"})
public class FeatureCalculator implements EventHandler {

  static final String CLIENT_ID = "secretmagic";

  @Inject EventPublisher publisher;

  @Override
  public void handle(Event event, EventContext context) {
    String followUp = event.type().equals("bom_updated") ? "bom_exploded" : "features_updated";
    String data;
    try (var reader = Jsonp.createReader(new StringReader(event.data()))) {
      data =
          Jsonp.createObjectBuilder()
              .add("source_event_id", event.eventId())
              .add("source_event_type", event.type())
              .add("input", reader.readValue())
              .build()
              .toString();
    }
    publisher.publish(followUp, data, Optional.of(CLIENT_ID), Optional.empty());
  }
}
