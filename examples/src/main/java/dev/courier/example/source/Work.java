package dev.courier.example.source;

import dev.courier.handler.MessageContext;

/** The stages of one run share its work: files and rows keyed by the run id. */
final class Work {

  private Work() {}

  /** The run's id; for a message sent outside a run, its chain's. */
  static String idOf(MessageContext context) {
    return context.runId().orElse(context.chainId());
  }
}
