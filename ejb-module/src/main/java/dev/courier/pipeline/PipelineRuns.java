package dev.courier.pipeline;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.DispatchRejectedException;
import dev.courier.dispatch.JsonMessage;
import dev.courier.dispatch.MessageBus;
import dev.courier.dispatch.Rejection;
import dev.courier.id.TimeOrderedIds;
import dev.courier.transport.Pipeline;
import dev.courier.transport.Pipelines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;

/** Starts pipeline runs and reads them back. */
@ApplicationScoped
public class PipelineRuns {

  /** A run and its stages, in order. */
  public record Snapshot(PipelineRun run, List<RunStage> stages) {}

  public record Page(long total, List<PipelineRun> items) {}

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Inject Pipelines pipelines;
  @Inject MessageBus bus;
  @Inject RunTracker tracker;

  /**
   * Creates the run and sends its input to the first stage, together or not at all; the input is
   * checked like any dispatch of the pipeline's input type ({@link DispatchRejectedException}).
   *
   * @return the new run's id
   */
  @Transactional
  public String start(String pipelineName, JsonObject input) {
    Pipeline pipeline =
        pipelines
            .find(pipelineName)
            .orElseThrow(
                () ->
                    new UnknownPipelineException(
                        pipelineName, pipelines.all().stream().map(Pipeline::name).toList()));
    String type =
        pipeline
            .input()
            .orElseThrow(
                () ->
                    new DispatchRejectedException(
                        new Rejection(
                            Rejection.Kind.INVALID_REQUEST,
                            "pipeline",
                            "pipeline '"
                                + pipeline.name()
                                + "' declares no input type (courier.pipeline."
                                + pipeline.name()
                                + ".input)")));
    String runId = TimeOrderedIds.next();
    String inputJson = input.toString();
    bus.dispatchJson(
        new JsonMessage(
            type,
            input,
            inputJson,
            DispatchOptions.none()
                .toTransport(pipeline.firstStage())
                .withCorrelationId(runId)
                .inRun(Optional.of(runId))));
    tracker.start(pipeline, runId, inputJson);
    return runId;
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<Snapshot> find(String runId) {
    PipelineRun run = em.find(PipelineRun.class, runId);
    if (run == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Snapshot(
            run,
            em.createQuery(
                    "SELECT s FROM RunStage s WHERE s.runId = :run ORDER BY s.position",
                    RunStage.class)
                .setParameter("run", runId)
                .getResultList()));
  }

  /** Runs, newest first, of one pipeline and in one status when given. */
  @Transactional(TxType.SUPPORTS)
  public Page list(Optional<String> pipeline, Optional<RunStatus> status, int page, int size) {
    String where =
        " WHERE 1 = 1"
            + (pipeline.isPresent() ? " AND r.pipeline = :pipeline" : "")
            + (status.isPresent() ? " AND r.status = :status" : "");
    long total =
        filtered(
                em.createQuery("SELECT COUNT(r) FROM PipelineRun r" + where, Long.class),
                pipeline,
                status)
            .getSingleResult();
    List<PipelineRun> items =
        filtered(
                em.createQuery(
                    "SELECT r FROM PipelineRun r" + where + " ORDER BY r.startedAt DESC, r.runId",
                    PipelineRun.class),
                pipeline,
                status)
            .setFirstResult(Math.multiplyExact(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page(total, items);
  }

  /** The run's transitions after {@code seq}, in order. */
  @Transactional(TxType.SUPPORTS)
  public List<RunEvent> eventsAfter(String runId, int seq) {
    return em.createQuery(
            "SELECT e FROM RunEvent e WHERE e.runId = :run AND e.seq > :seq ORDER BY e.seq",
            RunEvent.class)
        .setParameter("run", runId)
        .setParameter("seq", seq)
        .getResultList();
  }

  private static <T> TypedQuery<T> filtered(
      TypedQuery<T> query, Optional<String> pipeline, Optional<RunStatus> status) {
    pipeline.ifPresent(name -> query.setParameter("pipeline", name));
    status.ifPresent(value -> query.setParameter("status", value));
    return query;
  }
}
