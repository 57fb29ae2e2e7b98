package dev.courier.it.app.events;

import dev.courier.events.Event;
import dev.courier.events.EventContext;
import dev.courier.events.EventHandler;
import dev.courier.events.Subscribe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Group test-a: reads test-events, test-chained and test-small. */
@ApplicationScoped
@Subscribe(
    groups = "test-a",
    types = {"test.event", "test.chained", "test.small"})
public class GroupAHandler implements EventHandler {

  @Inject TestEventHandling handling;

  @Override
  public void handle(Event event, EventContext context) {
    handling.handle(event, context);
  }
}
