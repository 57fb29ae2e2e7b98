package dev.courier.probe;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import dev.courier.pipeline.RunTracker;
import dev.courier.transport.Pipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every stage of the probe pipeline: fails or sleeps as the run's input asks; the first stage fans
 * out one message per item to the second and one to the third, which the run holds until every item
 * is done.
 */
@ApplicationScoped
public class ProbeRunHandler implements MessageHandler<ProbeRun> {

  private static final List<String> STAGES = Pipeline.PROBE.stages();

  @Inject RunTracker runs;

  @Override
  public void handle(ProbeRun run, MessageContext context) throws InterruptedException {
    String stage = context.transport();
    if (stage.equals(run.failAt()) && attemptsSoFar(context) < run.failTimes()) {
      String error = "probe run failed at " + stage + " on request";
      throw run.unrecoverable()
          ? new UnrecoverableMessageException(error)
          : new RecoverableMessageException(error);
    }
    if (run.sleepMs() > 0) {
      Thread.sleep(run.sleepMs());
    }
    if (stage.equals(STAGES.get(0))) {
      for (int i = 0; i < run.items(); i++) {
        context.emitTo(STAGES.get(1), run);
      }
      context.emitTo(STAGES.get(2), run);
    }
  }

  private int attemptsSoFar(MessageContext context) {
    return context
        .runId()
        .map(id -> runs.attemptsAt(id, context.transport()))
        .orElse(context.attempt());
  }
}
