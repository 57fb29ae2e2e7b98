package dev.courier.bench.app;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/** What one benchmark run sends, and how it knows the run is over. */
public enum Scenario {
  /** A bare MDB on a plain queue, fed like the others (batches of 100 per transaction). */
  BASELINE(null, List.of()),
  /** Courier end to end through MessageBus, all on the high transport, to a no-op handler. */
  COURIER(BenchMessage::new, List.of("high")),
  /** The same, spread over high, normal and low. */
  COURIER_SPREAD(BenchMessage::new, List.of("high", "normal", "low")),
  /** Courier end to end on the batch transport: many deliveries per transaction. */
  BATCH(BenchMessage::new, List.of("batch")),
  /** Each handler writes one row to the database, on high. */
  ROW(RowMessage::new, List.of("high")),
  /** The same on the batch transport. */
  BATCH_ROW(RowMessage::new, List.of("batch")),
  /** Every message fails once, then succeeds on its retry (retry delay 0). */
  RETRY(RetriedMessage::new, List.of("high")),
  /** The same on the batch transport. */
  BATCH_RETRY(RetriedMessage::new, List.of("batch")),
  /** Every message fails unrecoverably into the failure store. */
  FAILURE(FailedMessage::new, List.of("high")),
  /**
   * Two hops: every message, on high, emits one no-op message to the next transport (normal), sent
   * with its acknowledgement; done when the second hops are handled.
   */
  CHAIN(ChainedMessage::new, List.of("high")),
  /**
   * Runs of the probe pipeline (probe_start → probe_items → probe_finish, a join) whose stages do
   * nothing, one item each: three stage hops per run, tracked; done when the runs are done.
   */
  PIPELINE(1),
  /** The same with probe_start fanning out 10 items to probe_items: 12 hops per run. */
  PIPELINE_FAN_OUT(10),
  /**
   * Events published in batches of 100 per transaction to a stream one group reads (its handler
   * does nothing); done when the group has handled them all.
   */
  EVENTS_ONE_GROUP(BenchEventHandlers.ONE_GROUP, 1),
  /** The same to a stream three groups read: three deliveries per event. */
  EVENTS_THREE_GROUPS(BenchEventHandlers.THREE_GROUPS, 3);

  /** The 200-character text every benchmark message carries. */
  public static final String TEXT = "x".repeat(200);

  private final Function<String, Object> message;
  private final List<String> transports;
  private final int pipelineItems;
  private final String eventType;
  private final int groups;

  Scenario(Function<String, Object> message, List<String> transports) {
    this(message, transports, -1, null, 0);
  }

  Scenario(int pipelineItems) {
    this(null, List.of(), pipelineItems, null, 0);
  }

  Scenario(String eventType, int groups) {
    this(null, List.of(), -1, eventType, groups);
  }

  Scenario(
      Function<String, Object> message,
      List<String> transports,
      int pipelineItems,
      String eventType,
      int groups) {
    this.message = message;
    this.transports = transports;
    this.pipelineItems = pipelineItems;
    this.eventType = eventType;
    this.groups = groups;
  }

  boolean writesRows() {
    return this == ROW || this == BATCH_ROW;
  }

  boolean isEvents() {
    return eventType != null;
  }

  String eventType() {
    return eventType;
  }

  /** How many groups handle each event of an events scenario. */
  public int groups() {
    return groups;
  }

  boolean isPipeline() {
    return pipelineItems >= 0;
  }

  /** Items the first stage of a pipeline run fans out. */
  int pipelineItems() {
    return pipelineItems;
  }

  /** Messages one pipeline run sends through its stages: the first, its items, the join. */
  public int hopsPerRun() {
    return pipelineItems + 2;
  }

  IntFunction<Object> messages() {
    return i -> message.apply(TEXT);
  }

  List<String> transports() {
    return transports;
  }
}
