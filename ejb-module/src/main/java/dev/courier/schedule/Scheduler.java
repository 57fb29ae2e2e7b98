package dev.courier.schedule;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.JsonMessage;
import dev.courier.dispatch.MessageBus;
import dev.courier.handler.HandlerRegistry;
import dev.courier.json.Jsonp;
import dev.courier.schema.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps one persistent calendar timer per enabled, unpaused schedule (in Courier's database:
 * server-config's 37-timers.cli), made at start-up and remade when its expression changed; the
 * timers of disabled, paused or no longer declared schedules are cancelled. A timeout dispatches
 * the schedule's message in the timer's transaction and records the run ({@link ScheduleRuns}) — or
 * records the slot as skipped while the previous run's message is still out, and runs a late firing
 * after downtime once as a catch-up ({@link Firing}). An invalid expression in configuration fails
 * the deployment, naming the key.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class Scheduler {

  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  @Resource TimerService timerService;
  @Inject MessageBus bus;
  @Inject Config config;
  @Inject HandlerRegistry handlers;
  @Inject ScheduleStates states;
  @Inject ScheduleRuns runs;

  @Inject
  @ConfigProperty(name = "courier.schedule.late-after", defaultValue = "PT1M")
  Duration lateAfter;

  private List<ScheduleDefinition> schedules;

  /** What a timer carries: its schedule and the expression it was made with. */
  record TimerInfo(String schedule, String expression) implements Serializable {}

  /**
   * A schedule as it stands; {@code nextRun} is empty when it is disabled (by configuration) or
   * paused (by an operator).
   */
  public record ScheduleState(
      ScheduleDefinition definition,
      boolean paused,
      Optional<Instant> nextRun,
      Optional<ScheduleRun> lastRun) {}

  @PostConstruct
  void start() {
    schedules = ScheduleConfiguration.fromConfig(config, handlers.messageClasses());
    Set<String> paused = states.paused();
    timers()
        .forEach(
            (name, timer) -> {
              if (find(name).isEmpty()) {
                timer.cancel();
                LOG.info(
                    () -> "Courier: schedule " + name + " is no longer declared; timer removed");
              }
            });
    schedules.forEach(schedule -> arm(schedule, !paused.contains(schedule.name())));
  }

  /** Pauses or resumes a schedule: its timer is cancelled or made again; kept across restarts. */
  public void setPaused(ScheduleDefinition schedule, boolean paused) {
    states.setPaused(schedule.name(), paused);
    arm(schedule, !paused);
  }

  /** Makes sure the schedule has a timer of its expression when it should run, and none else. */
  private void arm(ScheduleDefinition schedule, boolean running) {
    boolean wanted = schedule.enabled() && running;
    Timer timer = timers().get(schedule.name());
    String expression = schedule.expression().text();
    if (timer != null && (!wanted || !info(timer).expression().equals(expression))) {
      timer.cancel();
      timer = null;
    }
    if (wanted && timer == null) {
      timer =
          timerService.createCalendarTimer(
              schedule.expression().toScheduleExpression(),
              new TimerConfig(new TimerInfo(schedule.name(), expression), true));
      states.expectNext(schedule.name(), timer.getNextTimeout().toInstant());
      LOG.info(() -> "Courier: schedule " + schedule.name() + " set to '" + expression + "'");
    } else if (wanted && states.nextSlot(schedule.name()).isEmpty()) {
      states.expectNext(schedule.name(), timer.getNextTimeout().toInstant());
    }
  }

  @Timeout
  void fire(Timer timer) {
    String name = info(timer).schedule();
    Optional<ScheduleDefinition> found = find(name);
    if (found.isEmpty()) {
      timer.cancel();
      return;
    }
    ScheduleDefinition schedule = found.get();
    Instant now = Instant.now();
    Optional<Instant> expected = states.nextSlot(name);
    Firing firing =
        Firing.decide(now, expected, runs.lastTimerFiring(name), runs.inFlight(name), lateAfter);
    states.expectNext(name, timer.getNextTimeout().toInstant());
    Instant slot = expected.orElse(now.truncatedTo(ChronoUnit.SECONDS));
    switch (firing) {
      case RUN -> dispatch(schedule, RunKind.SCHEDULED, slot);
      case CATCH_UP -> dispatch(schedule, RunKind.CAUGHT_UP, slot);
      case SKIP_OVERLAP -> {
        runs.record(name, RunKind.SCHEDULED, slot, RunStatus.SKIPPED_OVERLAP);
        LOG.info(() -> "Courier: schedule " + name + " skipped: its last run is still under way");
      }
      case COVERED ->
          LOG.fine(() -> "Courier: schedule " + name + " slot " + slot + " was caught up already");
    }
  }

  public List<ScheduleState> list() {
    Map<String, Timer> timers = timers();
    Set<String> paused = states.paused();
    return schedules.stream()
        .map(
            schedule ->
                new ScheduleState(
                    schedule,
                    paused.contains(schedule.name()),
                    Optional.ofNullable(timers.get(schedule.name()))
                        .map(timer -> timer.getNextTimeout().toInstant()),
                    runs.latest(schedule.name())))
        .toList();
  }

  public Optional<ScheduleDefinition> find(String name) {
    return schedules.stream().filter(schedule -> schedule.name().equals(name)).findFirst();
  }

  /** Dispatches the schedule's message now, without touching its timer. */
  public DispatchReceipt runNow(ScheduleDefinition schedule) {
    return dispatch(schedule, RunKind.RUN_NOW, null);
  }

  private DispatchReceipt dispatch(ScheduleDefinition schedule, RunKind kind, Instant slot) {
    ScheduleRun run = runs.record(schedule.name(), kind, slot, RunStatus.DISPATCHED);
    JsonObject payload =
        Jsonp.createObjectBuilder()
            .add("requestedBy", kind.label() + ":" + schedule.name())
            .build();
    DispatchReceipt receipt =
        bus.dispatchJson(
            new JsonMessage(
                schedule.messageType(),
                payload,
                payload.toString(),
                DispatchOptions.none()
                    .toTransport(schedule.transport())
                    .withCorrelationId(ScheduleRuns.correlationId(run))));
    run.dispatched(receipt.id());
    LOG.info(
        () ->
            "Courier: schedule "
                + schedule.name()
                + " ("
                + kind.label()
                + ") dispatched "
                + receipt.id());
    return receipt;
  }

  private Map<String, Timer> timers() {
    Map<String, Timer> byName = new HashMap<>();
    for (Timer timer : timerService.getTimers()) {
      if (timer.getInfo() instanceof TimerInfo info) {
        byName.put(info.schedule(), timer);
      }
    }
    return byName;
  }

  private static TimerInfo info(Timer timer) {
    return (TimerInfo) timer.getInfo();
  }
}
