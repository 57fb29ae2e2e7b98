package dev.courier.bench.app;

import dev.courier.events.Event;
import dev.courier.events.EventContext;
import dev.courier.events.EventHandler;
import dev.courier.events.Subscribe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The benchmark's event handlers: they do nothing but count. {@code bench.event.one} goes to the
 * stream {@code bench-one}, read by group bench-a alone; {@code bench.event.three} to {@code
 * bench-three}, read by bench-a, bench-b and bench-c (BenchmarkIT's configuration).
 */
public final class BenchEventHandlers {

  public static final String ONE_GROUP = "bench.event.one";
  public static final String THREE_GROUPS = "bench.event.three";

  private BenchEventHandlers() {}

  /** Group bench-a: reads both streams. */
  @ApplicationScoped
  @Subscribe(
      groups = "bench-a",
      types = {ONE_GROUP, THREE_GROUPS})
  public static class GroupA implements EventHandler {

    @Inject Tally tally;

    @Override
    public void handle(Event event, EventContext context) {
      tally.seen(event.timestamp().toEpochMilli());
    }
  }

  /** Groups bench-b and bench-c: read bench-three. */
  @ApplicationScoped
  @Subscribe(
      groups = {"bench-b", "bench-c"},
      types = THREE_GROUPS)
  public static class GroupsBandC implements EventHandler {

    @Inject Tally tally;

    @Override
    public void handle(Event event, EventContext context) {
      tally.seen(event.timestamp().toEpochMilli());
    }
  }
}
