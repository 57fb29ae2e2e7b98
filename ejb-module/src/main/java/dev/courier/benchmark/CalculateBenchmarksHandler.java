package dev.courier.benchmark;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.schedule.ScheduleRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Writes this node's handling figures so far, then stores the snapshot of the period up to now and
 * reports its id with the schedule run.
 */
@ApplicationScoped
public class CalculateBenchmarksHandler implements MessageHandler<CalculateBenchmarksMessage> {

  private static final Logger LOG = Logger.getLogger(CalculateBenchmarksHandler.class.getName());

  @Inject HandlingMinutes minutes;
  @Inject Benchmarks benchmarks;
  @Inject ScheduleRuns runs;

  @Override
  public void handle(CalculateBenchmarksMessage message, MessageContext context) {
    minutes.flush();
    BenchmarkSnapshot snapshot = benchmarks.calculate(Instant.now());
    String detail =
        "snapshot "
            + snapshot.id()
            + ": "
            + snapshot.figures().size()
            + " type/transport figures from "
            + snapshot.from()
            + " to "
            + snapshot.to();
    runs.report(context, detail);
    LOG.info(() -> "Courier: benchmark " + detail);
  }
}
