package dev.courier.pipeline;

import dev.courier.dispatch.OutgoingMessage;
import dev.courier.envelope.Envelope;
import dev.courier.envelope.EnvelopeCodec;
import dev.courier.envelope.MalformedEnvelopeException;
import dev.courier.failure.PropertiesJson;
import dev.courier.transport.Pipeline;
import dev.courier.transport.Pipelines;
import dev.courier.transport.TransportRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a run's progress ({@link RunProgress}) in the transaction that decides it: the consuming
 * transaction of each of its messages, the failure store's retry. Everything about one run is
 * ordered by a lock on its row, taken first, so completions racing on several consumers see each
 * other and a join is released exactly once. Messages without a run id, or on a transport that is
 * not a stage of their run's pipeline, are not tracked and cost nothing here.
 *
 * <p>Each method returns what the caller sends in the same transaction: the messages the handler
 * emitted (less those held for a join), the held ones released, and one live update when the run
 * moved ({@link RunUpdates}).
 */
@ApplicationScoped
public class RunTracker {

  private static final String LOCKED_KEY = RunTracker.class.getName() + ":locked";

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Inject Pipelines pipelines;
  @Inject TransportRegistry transports;
  @Inject RunUpdates updates;
  @Resource TransactionSynchronizationRegistry transactions;

  /** A new run, its first stage waiting for the input message. */
  @Transactional(TxType.MANDATORY)
  public void start(Pipeline pipeline, String runId, String inputSummary) {
    em.persist(new PipelineRun(runId, pipeline.name(), inputSummary, Instant.now()));
    List<String> stages = pipeline.stages();
    for (int i = 0; i < stages.size(); i++) {
      em.persist(new RunStage(runId, stages.get(i), i, i == 0 ? 1 : 0));
    }
  }

  /**
   * Locks and loads, in two statements, every run a batch of the stage will track, in the order of
   * their ids (the batch's order, {@code RunOrder}); each message's tracking then finds its run in
   * this transaction instead of asking the database twice. Runs unknown here are left to each
   * message, as without this.
   */
  @Transactional(TxType.MANDATORY)
  public void lockAll(String stage, List<String> runIds) {
    Optional<Pipeline> pipeline = pipelines.ofStage(stage);
    if (pipeline.isEmpty() || runIds.isEmpty()) {
      return;
    }
    List<PipelineRun> locked =
        em.createQuery(
                "SELECT r FROM PipelineRun r WHERE r.runId IN :runs ORDER BY r.runId",
                PipelineRun.class)
            .setParameter("runs", runIds)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    if (locked.isEmpty()) {
      return;
    }
    Map<String, List<RunStage>> stages = new HashMap<>();
    em.createQuery(
            "SELECT s FROM RunStage s WHERE s.runId IN :runs ORDER BY s.runId, s.position",
            RunStage.class)
        .setParameter("runs", locked.stream().map(PipelineRun::runId).toList())
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .forEach(s -> stages.computeIfAbsent(s.runId(), run -> new ArrayList<>()).add(s));
    transactions.putResource(LOCKED_KEY, stages);
  }

  /** A message of the stage was handled and emitted {@code emitted}. */
  @Transactional(TxType.MANDATORY)
  public List<OutgoingMessage> handled(
      Envelope envelope, String stage, Instant startedAt, List<OutgoingMessage> emitted) {
    Optional<RunProgress> loaded = load(envelope.runId(), stage);
    if (loaded.isEmpty()) {
      return emitted;
    }
    RunProgress progress = loaded.get();
    RunStage current = progress.stage(stage).orElseThrow();
    progress.attempted(current, startedAt, null);
    current.itemDone();
    List<OutgoingMessage> out = new ArrayList<>();
    for (OutgoingMessage message : emitted) {
      Optional<RunStage> target = progress.stage(message.transport().name());
      if (target.isPresent() && progress.pipeline().isJoin(target.get().stage())) {
        hold(progress.run(), message);
      } else {
        target.ifPresent(t -> t.itemsAdded(1));
        out.add(message);
      }
    }
    out.addAll(progress.advance(held -> release(progress.run(), held)));
    return finish(progress, out);
  }

  /**
   * An attempt at the stage failed: it will be retried, or ({@code stored}) its message went to the
   * failure store and the run has failed.
   */
  @Transactional(TxType.MANDATORY)
  public List<OutgoingMessage> failed(
      Envelope envelope, String stage, Instant startedAt, String error, boolean stored) {
    Optional<RunProgress> loaded = load(envelope.runId(), stage);
    if (loaded.isEmpty()) {
      return List.of();
    }
    RunProgress progress = loaded.get();
    RunStage current = progress.stage(stage).orElseThrow();
    progress.attempted(current, startedAt, error);
    if (stored) {
      progress.itemFailed(current, error);
    }
    return finish(progress, new ArrayList<>());
  }

  /** A message of the stage was sent again from the failure store: the run resumes there. */
  @Transactional(TxType.MANDATORY)
  public List<OutgoingMessage> redriven(Optional<String> runId, String stage) {
    Optional<RunProgress> loaded = load(runId, stage);
    if (loaded.isEmpty()) {
      return List.of();
    }
    RunProgress progress = loaded.get();
    progress.itemRedriven(progress.stage(stage).orElseThrow());
    return finish(progress, new ArrayList<>());
  }

  /** How many attempts the stage of the run has made so far; 0 for an unknown run or stage. */
  @Transactional(TxType.SUPPORTS)
  public int attemptsAt(String runId, String stage) {
    return em.createQuery(
            "SELECT s.attempts FROM RunStage s WHERE s.runId = :run AND s.stage = :stage",
            Integer.class)
        .setParameter("run", runId)
        .setParameter("stage", stage)
        .getResultStream()
        .findFirst()
        .orElse(0);
  }

  private Optional<RunProgress> load(Optional<String> runId, String stage) {
    if (runId.isEmpty()) {
      return Optional.empty();
    }
    Optional<Pipeline> pipeline = pipelines.ofStage(stage);
    if (pipeline.isEmpty()) {
      return Optional.empty();
    }
    PipelineRun run = em.find(PipelineRun.class, runId.get(), LockModeType.PESSIMISTIC_WRITE);
    if (run == null || !run.pipeline().equals(pipeline.get().name())) {
      return Optional.empty();
    }
    return Optional.of(new RunProgress(pipeline.get(), run, stagesOf(run), Instant.now()));
  }

  /**
   * The run's stages, in order: those {@link #lockAll} loaded, else from the database. No flush
   * before the query: a run's stages were written before its messages could be delivered, and the
   * changes a batch made so far (other runs, or this one's, whose rows it holds) are written
   * together at the commit.
   */
  private List<RunStage> stagesOf(PipelineRun run) {
    @SuppressWarnings("unchecked")
    Map<String, List<RunStage>> locked =
        (Map<String, List<RunStage>>) transactions.getResource(LOCKED_KEY);
    if (locked != null && locked.containsKey(run.runId())) {
      return locked.get(run.runId());
    }
    return em.createQuery(
            "SELECT s FROM RunStage s WHERE s.runId = :run ORDER BY s.position", RunStage.class)
        .setParameter("run", run.runId())
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  private List<OutgoingMessage> finish(RunProgress progress, List<OutgoingMessage> out) {
    List<RunEvent> events = progress.events();
    if (!events.isEmpty()) {
      events.forEach(em::persist);
      out.addAll(updates.of(progress.pipeline(), progress.run(), events));
    }
    return out;
  }

  private void hold(PipelineRun run, OutgoingMessage message) {
    transactions.putResource(heldKey(run), Boolean.TRUE);
    em.persist(
        new HeldMessage(
            run.runId(),
            message.transport().name(),
            message.envelope().body(),
            PropertiesJson.write(EnvelopeCodec.properties(message.envelope()))));
  }

  /**
   * The messages held for the join, removed. The query flushes only when this transaction held
   * messages of the run itself (a run whose join follows at once): otherwise what the batch changed
   * so far concerns the database only at the commit, and a flush before each release cost two
   * thirds of its time (docs/benchmarks.md).
   */
  private List<OutgoingMessage> release(PipelineRun run, String stage) {
    if (transactions.getResource(heldKey(run)) != null) {
      em.flush();
    }
    List<HeldMessage> held =
        em.createQuery(
                "SELECT h FROM HeldMessage h WHERE h.runId = :run AND h.stage = :stage",
                HeldMessage.class)
            .setParameter("run", run.runId())
            .setParameter("stage", stage)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    List<OutgoingMessage> released = new ArrayList<>(held.size());
    for (HeldMessage message : held) {
      em.remove(message);
      released.add(
          new OutgoingMessage(
              envelopeOf(message), transports.find(stage).orElseThrow(), 0, Optional.empty(), 0));
    }
    return released;
  }

  private static String heldKey(PipelineRun run) {
    return RunTracker.class.getName() + ":held:" + run.runId();
  }

  private static Envelope envelopeOf(HeldMessage held) {
    try {
      return EnvelopeCodec.decode(held.body(), PropertiesJson.read(held.properties()));
    } catch (MalformedEnvelopeException e) {
      throw new IllegalStateException("a held message is no longer an envelope: " + e, e);
    }
  }
}
