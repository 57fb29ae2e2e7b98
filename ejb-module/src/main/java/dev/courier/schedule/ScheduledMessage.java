package dev.courier.schedule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an application schedule on a message record: a persistent timer dispatches the record
 * (as {@code {"requestedBy": ...}}; its other fields are null) at every slot of {@link
 * #expression}. The schedule appears with the built-in ones in {@code /courier/api/schedules}, and
 * {@code courier.schedule.<name>.expression|enabled|transport} override what is declared here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ScheduledMessage {

  /** The schedule's name in the API and in configuration keys. */
  String name();

  /**
   * Six fields, {@code second minute hour day-of-month month day-of-week} ({@link
   * CalendarExpression}).
   */
  String expression();

  /** The transport the message goes to; empty for the routing's choice. */
  String transport() default "";
}
