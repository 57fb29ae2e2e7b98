package dev.courier.schedule;

import jakarta.ejb.ScheduleExpression;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A schedule's expression: six fields, {@code second minute hour day-of-month month day-of-week},
 * each in the EJB calendar syntax ({@code *}, a value, {@code a-b}, {@code a,b}, {@code *}{@code
 * /n}), e.g. {@code 0 0 4 * * *} (daily at 04:00) or {@code 0 0 3 * * Mon}; server time.
 */
public record CalendarExpression(String text) {

  private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*/,\\-]+");
  private static final List<String> NAMES =
      List.of("second", "minute", "hour", "day-of-month", "month", "day-of-week");

  /** Checks the form; the container checks the values when it makes the timer. */
  public static CalendarExpression parse(String text) {
    String[] fields = text == null ? new String[0] : text.trim().split("\\s+");
    if (fields.length != NAMES.size()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a schedule expression: it needs six fields, "
              + String.join(" ", NAMES)
              + " (e.g. '0 0 4 * * *')");
    }
    for (int i = 0; i < fields.length; i++) {
      if (!FIELD.matcher(fields[i]).matches()) {
        throw new IllegalArgumentException(
            "'" + text + "': the " + NAMES.get(i) + " field '" + fields[i] + "' is not valid");
      }
    }
    return new CalendarExpression(String.join(" ", fields));
  }

  public ScheduleExpression toScheduleExpression() {
    String[] f = text.split(" ");
    return new ScheduleExpression()
        .second(f[0])
        .minute(f[1])
        .hour(f[2])
        .dayOfMonth(f[3])
        .month(f[4])
        .dayOfWeek(f[5]);
  }
}
