package dev.courier.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what an {@link EventHandler} bean handles: these event types, as a member of these
 * consumer groups. Each group must be declared ({@code courier.events.group.<group>.streams}) with
 * the streams of these types, and have a consumer ({@code dev.courier.consume.GroupConsumer}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Subscribe {

  String[] groups();

  String[] types();
}
