package dev.courier.web.events;

/** A group's or publishing's state after a pause or resume. */
public record SwitchState(String name, boolean paused) {}
