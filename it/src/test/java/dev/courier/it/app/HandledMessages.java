package dev.courier.it.app;

import dev.courier.handler.MessageContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test handlers saw, by the text the test put in the message. */
@ApplicationScoped
public class HandledMessages {

  /** One handling. */
  public record Handled(
      String messageId,
      String type,
      String transport,
      long dispatchedAt,
      long handledAt,
      String correlationId) {}

  private final Map<String, List<Handled>> byText = new ConcurrentHashMap<>();

  public void record(String text, MessageContext context) {
    byText
        .computeIfAbsent(text, t -> new CopyOnWriteArrayList<>())
        .add(
            new Handled(
                context.messageId(),
                context.type(),
                context.transport(),
                context.dispatchedAt(),
                System.currentTimeMillis(),
                context.correlationId().orElse("")));
  }

  public List<Handled> of(String text) {
    return byText.getOrDefault(text, List.of());
  }
}
