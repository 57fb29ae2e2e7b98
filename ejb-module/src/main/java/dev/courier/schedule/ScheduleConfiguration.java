package dev.courier.schedule;

import dev.courier.benchmark.CalculateBenchmarksMessage;
import dev.courier.config.ConfigNames;
import dev.courier.routing.RoutingTable;
import dev.courier.transport.TransportDefaults;
import dev.courier.transport.TransportRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The schedules of this deployment. Built in: {@code cleanup} (daily 04:00, {@code courier.cleanup}
 * on {@code low}) and {@code calculate-benchmarks} (Mondays 03:00, {@code
 * courier.calculate-benchmarks} on {@code low}). An application adds its own with {@link
 * ScheduledMessage} on a message record, or in configuration with {@code
 * courier.schedule.<name>.type} and {@code .expression}. For every schedule, {@code
 * courier.schedule.<name>.expression}, {@code .enabled} and {@code .transport} override what is
 * declared. A bad expression, an unknown message type or transport fails the deployment, naming the
 * key.
 */
public final class ScheduleConfiguration {

  static final String PREFIX = "courier.schedule.";

  public static final String CLEANUP = "cleanup";
  public static final String CALCULATE_BENCHMARKS = "calculate-benchmarks";

  private record Declared(String expression, String type, String transport) {}

  private ScheduleConfiguration() {}

  /**
   * @param messageClasses the message record of each type with a handler in this deployment
   */
  public static List<ScheduleDefinition> fromConfig(
      Config config, Map<String, Class<?>> messageClasses) {
    Map<String, Declared> declared = new LinkedHashMap<>();
    declared.put(CLEANUP, new Declared("0 0 4 * * *", CleanupMessage.TYPE, "low"));
    declared.put(
        CALCULATE_BENCHMARKS,
        new Declared("0 0 3 * * Mon", CalculateBenchmarksMessage.TYPE, "low"));
    messageClasses.forEach(
        (type, messageClass) -> {
          ScheduledMessage annotation = messageClass.getAnnotation(ScheduledMessage.class);
          if (annotation != null) {
            declared.put(
                annotation.name(),
                new Declared(annotation.expression(), type, annotation.transport()));
          }
        });
    for (String key : ConfigNames.of(config)) {
      if (key.startsWith(PREFIX) && key.endsWith(".type")) {
        String name = key.substring(PREFIX.length(), key.length() - ".type".length());
        declared.putIfAbsent(name, new Declared(null, config.getValue(key, String.class), ""));
      }
    }
    TransportRegistry transports = TransportRegistry.fromConfig(config);
    RoutingTable routing = RoutingTable.fromConfig(config, TransportDefaults.DEFAULT_TRANSPORT);
    List<ScheduleDefinition> schedules = new ArrayList<>();
    declared.forEach(
        (name, schedule) -> {
          String key = PREFIX + name + ".";
          String type = schedule.type();
          if (!messageClasses.containsKey(type)) {
            throw new IllegalArgumentException(
                key
                    + "type names message type '"
                    + type
                    + "', which has no handler (known types: "
                    + messageClasses.keySet()
                    + ")");
          }
          String transport =
              config
                  .getOptionalValue(key + "transport", String.class)
                  .or(() -> Optional.of(schedule.transport()).filter(t -> !t.isBlank()))
                  .orElseGet(() -> routing.transportFor(type, Optional.empty()));
          if (transports.find(transport).isEmpty()) {
            throw new IllegalArgumentException(
                key
                    + "transport names transport '"
                    + transport
                    + "', which does not exist (transports: "
                    + transports.names()
                    + ")");
          }
          schedules.add(
              new ScheduleDefinition(
                  name,
                  expression(config, key, schedule.expression()),
                  config.getOptionalValue(key + "enabled", Boolean.class).orElse(true),
                  type,
                  transport));
        });
    return schedules;
  }

  private static CalendarExpression expression(Config config, String key, String declared) {
    Optional<String> text =
        config
            .getOptionalValue(key + "expression", String.class)
            .or(() -> Optional.ofNullable(declared));
    if (text.isEmpty()) {
      throw new IllegalArgumentException(key + "expression is missing: the schedule needs one");
    }
    try {
      return CalendarExpression.parse(text.get());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + "expression: " + e.getMessage(), e);
    }
  }
}
