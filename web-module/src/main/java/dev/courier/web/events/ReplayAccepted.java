package dev.courier.web.events;

/** A replay: how many logged events went to the group's queue. */
public record ReplayAccepted(String group, String stream, int replayed) {}
