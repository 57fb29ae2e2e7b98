package dev.courier.web.probe;

/** A probe on its way: its id reads it back. */
public record ProbeAccepted(String id) {}
