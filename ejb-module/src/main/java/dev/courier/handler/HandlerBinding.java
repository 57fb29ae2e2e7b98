package dev.courier.handler;

/** A message type, its record class and the bean class that handles it. */
public record HandlerBinding(String type, Class<?> messageClass, Class<?> handlerClass) {}
