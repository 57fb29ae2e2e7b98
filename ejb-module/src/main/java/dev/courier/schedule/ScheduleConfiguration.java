package dev.courier.schedule;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * The schedules of this node, from MicroProfile Config: {@code courier.schedule.<name>.expression},
 * {@code .enabled} and {@code .transport} override a built-in schedule's defaults. Built in: {@code
 * cleanup}, daily at 04:00, dispatching {@code courier.cleanup} on {@code low}.
 */
public final class ScheduleConfiguration {

  static final String PREFIX = "courier.schedule.";

  public static final String CLEANUP = "cleanup";

  private ScheduleConfiguration() {}

  public static List<ScheduleDefinition> fromConfig(Config config) {
    List<ScheduleDefinition> schedules = new ArrayList<>();
    schedules.add(configured(config, CLEANUP, "0 0 4 * * *", CleanupMessage.TYPE, "low"));
    return schedules;
  }

  private static ScheduleDefinition configured(
      Config config, String name, String expression, String type, String transport) {
    String key = PREFIX + name + ".";
    String text = config.getOptionalValue(key + "expression", String.class).orElse(expression);
    CalendarExpression parsed;
    try {
      parsed = CalendarExpression.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + "expression: " + e.getMessage(), e);
    }
    return new ScheduleDefinition(
        name,
        parsed,
        config.getOptionalValue(key + "enabled", Boolean.class).orElse(true),
        type,
        config.getOptionalValue(key + "transport", String.class).orElse(transport));
  }
}
