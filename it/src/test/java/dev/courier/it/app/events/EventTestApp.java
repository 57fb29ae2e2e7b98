package dev.courier.it.app.events;

import dev.courier.it.app.TestApp;
import dev.courier.it.support.Deployments;

/**
 * Courier with the test handlers and three test groups: test-a (two consumers; streams test-events,
 * test-chained, test-small — the last keeping 3 events), test-b (test-events), and test-outside
 * (test-events; no consumer in the server: its members are AMQP clients).
 */
public final class EventTestApp {

  /** How long the test groups' inboxes remember an event id. */
  public static final long INBOX_RETENTION_MS = 20_000;

  private EventTestApp() {}

  public static Deployments deployment() {
    return TestApp.withTestHandlers()
        .ejb(
            HandledEvents.class,
            TestEventHandling.class,
            GroupAHandler.class,
            GroupBHandler.class,
            GroupAConsumer.class,
            GroupBConsumer.class)
        .web(EventTestResource.class)
        .config("courier.events.stream.test.event=test-events")
        .config("courier.events.stream.test.chained=test-chained")
        .config("courier.events.stream.test.small=test-small")
        .config("courier.events.stream.test-small.max-length=3")
        .config("courier.events.group.test-a.streams=test-events,test-chained,test-small")
        .config("courier.events.group.test-b.streams=test-events")
        .config("courier.events.group.test-outside.streams=test-events")
        .config("courier.events.inbox.retention=" + INBOX_RETENTION_MS)
        .config("courier.transport.probe-a.retry.delay=100")
        .config("courier.transport.probe-b.retry.delay=100");
  }
}
