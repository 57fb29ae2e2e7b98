package dev.courier.it.app.schedule;

import dev.courier.handler.MessageType;
import dev.courier.schedule.ScheduledMessage;

/** An application schedule by annotation, every five seconds. */
@MessageType("test.tick")
@ScheduledMessage(name = "tick", expression = "*/5 * * * * *")
public record Tick(String requestedBy) {}
