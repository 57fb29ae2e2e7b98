package dev.courier.it.app.events;

import dev.courier.events.Event;
import dev.courier.events.EventContext;
import dev.courier.events.EventHandler;
import dev.courier.events.Subscribe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Group test-b: reads test-events. */
@ApplicationScoped
@Subscribe(groups = "test-b", types = "test.event")
public class GroupBHandler implements EventHandler {

  @Inject TestEventHandling handling;

  @Override
  public void handle(Event event, EventContext context) {
    handling.handle(event, context);
  }
}
