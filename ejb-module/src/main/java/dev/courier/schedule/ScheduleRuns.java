package dev.courier.schedule;

import dev.courier.handler.MessageContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The runs of the schedules (table {@code schedule_run}). A run's message carries the run as its
 * correlation id ({@code schedule-run:<id>}), so when that message is handled or fails for good the
 * consumer records it here, in the handler's transaction ({@link #finished}).
 */
@ApplicationScoped
public class ScheduleRuns {

  private static final String CORRELATION_PREFIX = "schedule-run:";

  /** One page of runs, newest first, and how many there are in all. */
  public record Page(long total, List<ScheduleRun> items) {}

  @PersistenceContext(unitName = "courier")
  EntityManager em;

  @Transactional(TxType.MANDATORY)
  ScheduleRun record(String schedule, RunKind kind, Instant slot, RunStatus status) {
    ScheduleRun run = new ScheduleRun(schedule, kind, slot, status);
    em.persist(run);
    return run;
  }

  static String correlationId(ScheduleRun run) {
    return CORRELATION_PREFIX + run.id();
  }

  /** Whether a message with this correlation id is a schedule run's; a string test, no query. */
  public static boolean belongsToRun(Optional<String> correlationId) {
    return correlationId.filter(id -> id.startsWith(CORRELATION_PREFIX)).isPresent();
  }

  /** Whether a run of the schedule has its message still out (not yet handled, or retrying). */
  @Transactional(TxType.REQUIRED)
  public boolean inFlight(String schedule) {
    return em.createQuery(
                "SELECT COUNT(r) FROM ScheduleRun r WHERE r.schedule = :schedule"
                    + " AND r.status = :status",
                Long.class)
            .setParameter("schedule", schedule)
            .setParameter("status", RunStatus.DISPATCHED)
            .getSingleResult()
        > 0;
  }

  /** When the schedule's timer last fired (a run, a catch-up or a skip), if ever. */
  @Transactional(TxType.REQUIRED)
  public Optional<Instant> lastTimerFiring(String schedule) {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MAX(r.firedAt) FROM ScheduleRun r WHERE r.schedule = :schedule"
                    + " AND r.kind <> :runNow",
                Instant.class)
            .setParameter("schedule", schedule)
            .setParameter("runNow", RunKind.RUN_NOW)
            .getSingleResult());
  }

  /**
   * Records how the message of a run ended, when the message belongs to one: {@code handled}, or
   * failed for good. A follow-up message carries the same correlation id but another message id,
   * and changes nothing.
   */
  @Transactional(TxType.MANDATORY)
  public void finished(String messageId, Optional<String> correlationId, boolean handled) {
    run(messageId, correlationId)
        .ifPresent(run -> run.finished(handled ? RunStatus.HANDLED : RunStatus.FAILED));
  }

  /**
   * Lets a scheduled message's handler say what its run did (e.g. what a cleanup removed), shown
   * with the run; nothing when the message does not belong to a run.
   */
  @Transactional(TxType.REQUIRED)
  public void report(MessageContext context, String detail) {
    run(context.messageId(), context.correlationId()).ifPresent(run -> run.detail(detail));
  }

  @Transactional(TxType.REQUIRED)
  public Optional<ScheduleRun> latest(String schedule) {
    return page(schedule, 0, 1).items().stream().findFirst();
  }

  @Transactional(TxType.SUPPORTS)
  public Page page(String schedule, int page, int size) {
    long total =
        em.createQuery(
                "SELECT COUNT(r) FROM ScheduleRun r WHERE r.schedule = :schedule", Long.class)
            .setParameter("schedule", schedule)
            .getSingleResult();
    List<ScheduleRun> items =
        em.createQuery(
                "SELECT r FROM ScheduleRun r WHERE r.schedule = :schedule"
                    + " ORDER BY r.firedAt DESC, r.id",
                ScheduleRun.class)
            .setParameter("schedule", schedule)
            .setFirstResult(Math.multiplyExact(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page(total, items);
  }

  private Optional<ScheduleRun> run(String messageId, Optional<String> correlationId) {
    return correlationId
        .filter(id -> belongsToRun(correlationId))
        .map(id -> em.find(ScheduleRun.class, id.substring(CORRELATION_PREFIX.length())))
        .filter(run -> run.messageId().filter(messageId::equals).isPresent());
  }
}
