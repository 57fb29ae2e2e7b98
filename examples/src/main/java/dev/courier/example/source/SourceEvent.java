package dev.courier.example.source;

import dev.courier.handler.MessageType;

/**
 * A domain event of a source run: {@code started}, {@code stage-finished} (with its stage), {@code
 * done} or {@code failed}, on the {@code source_events} transport.
 */
@MessageType("source.event")
public record SourceEvent(String runId, String kind, String stage) {

  static SourceEvent stageFinished(String runId, String stage) {
    return new SourceEvent(runId, "stage-finished", stage);
  }
}
