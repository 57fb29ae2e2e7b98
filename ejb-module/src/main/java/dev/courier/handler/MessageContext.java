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
  private final Optional<String> runId;
  private final List<Emission> emitted = new ArrayList<>();

  /**
   * A message a handler emitted, and the transport it names (else the routing's).
   *
   * @param transport the stage (or any transport) it goes to; empty to route it by its type
   */
  public record Emission(Object message, Optional<String> transport) {
    public Emission {
      java.util.Objects.requireNonNull(message, "message");
      java.util.Objects.requireNonNull(transport, "transport");
    }
  }

  /**
   * @param attempt 0 on first delivery, +1 per retry
   * @param dispatchedAt epoch millis of the first dispatch
   * @param runId the pipeline run the message belongs to, if any
   */
  public MessageContext(
      String messageId,
      String type,
      String transport,
      int attempt,
      long dispatchedAt,
      Optional<String> correlationId,
      Optional<String> runId) {
    this.messageId = messageId;
    this.type = type;
    this.transport = transport;
    this.attempt = attempt;
    this.dispatchedAt = dispatchedAt;
    this.correlationId = correlationId;
    this.runId = runId;
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

  /** The pipeline run the message belongs to; the messages it emits belong to it too. */
  public Optional<String> runId() {
    return runId;
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
   * {@link #chainId()} as its correlation id, and this message's run id.
   */
  public void emit(Object message) {
    emitted.add(new Emission(message, Optional.empty()));
  }

  /** {@link #emit} to a named stage (or transport) instead of the one its type is routed to. */
  public void emitTo(String stage, Object message) {
    emitted.add(new Emission(message, Optional.of(stage)));
  }

  /** What the handler emitted, in order; read by Courier once the handler returns. */
  public List<Emission> emitted() {
    return List.copyOf(emitted);
  }
}
