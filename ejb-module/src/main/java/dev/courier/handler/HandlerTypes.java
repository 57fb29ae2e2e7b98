package dev.courier.handler;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/** Finds the message class {@code T} of a {@code MessageHandler<T>} implementation. */
final class HandlerTypes {

  private HandlerTypes() {}

  static Optional<Class<?>> messageClassOf(Class<?> handlerClass) {
    for (Class<?> c = handlerClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Type candidate : c.getGenericInterfaces()) {
        if (candidate instanceof ParameterizedType parameterized
            && parameterized.getRawType() == MessageHandler.class
            && parameterized.getActualTypeArguments()[0] instanceof Class<?> messageClass) {
          return Optional.of(messageClass);
        }
      }
    }
    return Optional.empty();
  }
}
