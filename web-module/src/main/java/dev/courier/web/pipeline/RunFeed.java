package dev.courier.web.pipeline;

import dev.courier.pipeline.PipelineRuns;
import dev.courier.pipeline.RunEvent;
import dev.courier.pipeline.RunWatchers;
import dev.courier.web.json.ApiJson;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's stream of one run: first the run as it stands ({@code state}), then each transition
 * in order ({@code stage}, {@code run}), read from the run's recorded events when a live update
 * wakes the feed, and once a second in case an update went to another node or expired; closed after
 * the run's end ({@code done} or {@code failed}) or when the client goes.
 */
final class RunFeed {

  private static final Logger LOG = Logger.getLogger(RunFeed.class.getName());
  static final long POLL_SECONDS = 1;

  private final String runId;
  private final SseEventSink sink;
  private final Sse sse;
  private final PipelineRuns runs;
  private final RunWatchers watchers;
  private final ScheduledExecutorService scheduler;
  private final Runnable wake;
  private ScheduledFuture<?> ticker;
  private int lastSeq;
  private boolean closed;

  RunFeed(
      String runId,
      SseEventSink sink,
      Sse sse,
      PipelineRuns runs,
      RunWatchers watchers,
      ScheduledExecutorService scheduler) {
    this.runId = runId;
    this.sink = sink;
    this.sse = sse;
    this.runs = runs;
    this.watchers = watchers;
    this.scheduler = scheduler;
    this.wake = () -> scheduler.execute(this::poll);
  }

  synchronized void open(PipelineRuns.Snapshot snapshot) {
    lastSeq = snapshot.run().transitions();
    send("state", ApiJson.toJson(RunView.of(snapshot)), lastSeq);
    if (snapshot.run().status().ended()) {
      close();
      return;
    }
    watchers.watch(runId, wake);
    ticker = scheduler.scheduleWithFixedDelay(this::poll, 0, POLL_SECONDS, TimeUnit.SECONDS);
  }

  private synchronized void poll() {
    if (closed) {
      return;
    }
    if (sink.isClosed()) {
      close();
      return;
    }
    try {
      for (RunEvent event : runs.eventsAfter(runId, lastSeq)) {
        boolean ofRun = event.stage().isEmpty();
        send(ofRun ? "run" : "stage", ApiJson.toJson(RunEventView.of(event)), event.seq());
        lastSeq = event.seq();
        if (ofRun && event.status().ended()) {
          close();
          return;
        }
      }
    } catch (RuntimeException e) {
      // The database is away: the next tick tries again; the client keeps its place.
      LOG.log(Level.FINE, e, () -> "Courier: run " + runId + " could not be read for its feed");
    }
  }

  private void send(String name, String json, int seq) {
    sink.send(sse.newEventBuilder().name(name).id(Integer.toString(seq)).data(json).build());
  }

  private void close() {
    closed = true;
    watchers.unwatch(runId, wake);
    if (ticker != null) {
      ticker.cancel(false);
    }
    sink.close();
  }
}
