package dev.courier.handler;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The logical name of a message record on the wire ({@code courier_type}), in routing keys and in
 * the HTTP API. Without it, the record's simple class name is used.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MessageType {

  String value();
}
