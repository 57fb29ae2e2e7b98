package dev.courier.it.app.schedule;

import dev.courier.handler.MessageType;
import dev.courier.schedule.ScheduledMessage;

/** A schedule every two seconds whose message takes five to handle. */
@MessageType("test.slow-tick")
@ScheduledMessage(name = "slow-tick", expression = "*/2 * * * * *", transport = "high")
public record SlowTick(String requestedBy) {}
