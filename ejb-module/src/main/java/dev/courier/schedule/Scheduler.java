package dev.courier.schedule;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.JsonMessage;
import dev.courier.dispatch.MessageBus;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Keeps one persistent calendar timer per enabled schedule (in Courier's database: server-config's
 * 37-timers.cli), made at start-up and remade when its expression changed; a disabled schedule's
 * timer is cancelled. A timeout dispatches the schedule's message in the timer's transaction. An
 * invalid expression in configuration fails the deployment, naming the key.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
public class Scheduler {

  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  @Resource TimerService timerService;
  @Inject MessageBus bus;
  @Inject Config config;
  @Inject SchedulePauses pauses;

  private List<ScheduleDefinition> schedules;

  /** What a timer carries: its schedule and the expression it was made with. */
  record TimerInfo(String schedule, String expression) implements Serializable {}

  /**
   * A schedule as it stands; {@code nextRun} is empty when it is disabled (by configuration) or
   * paused (by an operator).
   */
  public record ScheduleState(
      ScheduleDefinition definition, boolean paused, Optional<Instant> nextRun) {}

  @PostConstruct
  void start() {
    schedules = ScheduleConfiguration.fromConfig(config);
    Set<String> paused = pauses.paused();
    schedules.forEach(schedule -> arm(schedule, !paused.contains(schedule.name())));
  }

  /** Pauses or resumes a schedule: its timer is cancelled or made again; kept across restarts. */
  public void setPaused(ScheduleDefinition schedule, boolean paused) {
    pauses.set(schedule.name(), paused);
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
      timerService.createCalendarTimer(
          schedule.expression().toScheduleExpression(),
          new TimerConfig(new TimerInfo(schedule.name(), expression), true));
      LOG.info(() -> "Courier: schedule " + schedule.name() + " set to '" + expression + "'");
    }
  }

  @Timeout
  void fire(Timer timer) {
    String name = info(timer).schedule();
    find(name).ifPresent(schedule -> dispatch(schedule, "schedule"));
  }

  public List<ScheduleState> list() {
    Map<String, Timer> timers = timers();
    Set<String> paused = pauses.paused();
    return schedules.stream()
        .map(
            schedule ->
                new ScheduleState(
                    schedule,
                    paused.contains(schedule.name()),
                    Optional.ofNullable(timers.get(schedule.name()))
                        .map(timer -> timer.getNextTimeout().toInstant())))
        .toList();
  }

  public Optional<ScheduleDefinition> find(String name) {
    return schedules.stream().filter(schedule -> schedule.name().equals(name)).findFirst();
  }

  /** Dispatches the schedule's message now, without touching its timer. */
  public DispatchReceipt runNow(ScheduleDefinition schedule) {
    return dispatch(schedule, "run-now");
  }

  private DispatchReceipt dispatch(ScheduleDefinition schedule, String why) {
    JsonObject payload =
        Jsonp.createObjectBuilder().add("requestedBy", why + ":" + schedule.name()).build();
    DispatchReceipt receipt =
        bus.dispatchJson(
            new JsonMessage(
                schedule.messageType(),
                payload,
                payload.toString(),
                DispatchOptions.none().toTransport(schedule.transport())));
    LOG.info(() -> "Courier: schedule " + schedule.name() + " dispatched " + receipt.id());
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
