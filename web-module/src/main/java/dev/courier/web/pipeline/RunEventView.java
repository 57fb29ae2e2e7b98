package dev.courier.web.pipeline;

import dev.courier.pipeline.RunEvent;
import java.time.Instant;

/**
 * One transition of a run (server-sent event {@code run}) or of one of its stages ({@code stage}).
 *
 * @param seq the transition's number in the run, from 1
 * @param stage the stage that moved; absent for the run itself
 * @param error why it failed, on a {@code failed} transition
 */
public record RunEventView(int seq, String stage, String status, Instant at, String error) {

  static RunEventView of(RunEvent event) {
    return new RunEventView(
        event.seq(),
        event.stage().orElse(null),
        event.status().label(),
        event.occurredAt(),
        event.error());
  }
}
