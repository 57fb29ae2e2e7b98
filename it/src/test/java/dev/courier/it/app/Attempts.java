package dev.courier.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every call of the flaky handler, by the text of the message. */
@ApplicationScoped
public class Attempts {

  /** One call: the message's attempt number and when it ran. */
  public record Attempt(int attempt, long at) {}

  private final Map<String, List<Attempt>> byText = new ConcurrentHashMap<>();

  /** Records a call and returns how many calls the message has had, this one included. */
  public int record(String text, int attempt) {
    List<Attempt> calls = byText.computeIfAbsent(text, t -> new CopyOnWriteArrayList<>());
    calls.add(new Attempt(attempt, System.currentTimeMillis()));
    return calls.size();
  }

  public List<Attempt> of(String text) {
    return byText.getOrDefault(text, List.of());
  }
}
