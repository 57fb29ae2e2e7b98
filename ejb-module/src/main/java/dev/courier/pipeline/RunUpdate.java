package dev.courier.pipeline;

import dev.courier.handler.MessageType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A run moved: its transitions up to {@code seq} are recorded. Tells this node's watchers of the
 * run ({@link RunWatchers}) to read them now.
 */
@MessageType(RunUpdate.TYPE)
public record RunUpdate(@NotBlank String runId, @Positive int seq) {

  public static final String TYPE = "courier.run-update";
}
