package dev.courier.handler;

/** Names message records. */
public final class MessageTypes {

  private MessageTypes() {}

  public static String nameOf(Class<?> messageClass) {
    MessageType annotation = messageClass.getAnnotation(MessageType.class);
    return annotation != null ? annotation.value() : messageClass.getSimpleName();
  }
}
