package dev.courier.web.events;

import dev.courier.events.EventProbes;
import java.util.List;

/** A probe event and its outcome in each probe group. */
public record ProbeEventView(String eventId, List<EventProbes.GroupOutcome> groups) {}
