package dev.courier.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a handler knows about the message it is handling, and where it leaves the messages that
 * follow from it ({@link #emit}).
 */
public final class MessageContext {

  private final String messageId;
  private final String type;
  private final String transport;
  private final int attempt;
  private final long dispatchedAt;
  private final Optional<String> correlationId;
  private final List<Object> emitted = new ArrayList<>();

  /**
   * @param attempt 0 on first delivery, +1 per retry
   * @param dispatchedAt epoch millis of the first dispatch
   */
  public MessageContext(
      String messageId,
      String type,
      String transport,
      int attempt,
      long dispatchedAt,
      Optional<String> correlationId) {
    this.messageId = messageId;
    this.type = type;
    this.transport = transport;
    this.attempt = attempt;
    this.dispatchedAt = dispatchedAt;
    this.correlationId = correlationId;
  }

  public String messageId() {
    return messageId;
  }

  public String type() {
    return type;
  }

  public String transport() {
    return transport;
  }

  public int attempt() {
    return attempt;
  }

  public long dispatchedAt() {
    return dispatchedAt;
  }

  public Optional<String> correlationId() {
    return correlationId;
  }

  /**
   * The correlation id the messages this one leads to carry: its own correlation id, or, for the
   * first message of a chain, its message id. A pipeline run is the messages of one such id.
   */
  public String chainId() {
    return correlationId.orElse(messageId);
  }

  /**
   * Sends a message that follows from this one — the next stage's, one per item for a fan-out —
   * when, and only when, this one is handled: it is checked and routed like any dispatch when the
   * handler returns (an invalid one fails this message, unrecoverably), and sent in the consuming
   * transaction, so it reaches its queue if and only if this delivery is acknowledged. It carries
   * {@link #chainId()} as its correlation id.
   */
  public void emit(Object message) {
    emitted.add(java.util.Objects.requireNonNull(message, "message"));
  }

  /** What the handler emitted, in order; read by Courier once the handler returns. */
  public List<Object> emitted() {
    return List.copyOf(emitted);
  }
}
