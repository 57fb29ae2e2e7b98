package dev.courier.consume;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Handler failures whose batch was rolled back, kept on this node until the message comes back: its
 * redelivery then goes straight to the retry or the failure store with the remembered error,
 * without running the handler again. Keyed by message id and attempt; at most {@value #KEPT} are
 * kept (the oldest forgotten first). A forgotten one, or a redelivery to another node, only means
 * the handler runs again on its own.
 */
@ApplicationScoped
public class RememberedFailures {

  static final int KEPT = 10_000;

  private final Map<String, Exception> failures =
      new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Exception> eldest) {
          return size() > KEPT;
        }
      };

  public synchronized void remember(String messageId, int attempt, Exception failure) {
    failures.put(key(messageId, attempt), failure);
  }

  /** The failure of this attempt, forgotten as it is returned. */
  public synchronized Optional<Exception> take(String messageId, int attempt) {
    return Optional.ofNullable(failures.remove(key(messageId, attempt)));
  }

  private static String key(String messageId, int attempt) {
    return messageId + '#' + attempt;
  }
}
