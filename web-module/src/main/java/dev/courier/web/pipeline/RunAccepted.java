package dev.courier.web.pipeline;

/** A run was started: its input is on its way to the first stage. */
public record RunAccepted(String runId, String pipeline) {}
