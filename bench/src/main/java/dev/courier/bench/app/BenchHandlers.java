package dev.courier.bench.app;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The benchmark's handlers: they do nothing but count. */
public final class BenchHandlers {

  private BenchHandlers() {}

  /** Handles at once. */
  @ApplicationScoped
  public static class Noop implements MessageHandler<BenchMessage> {

    @Inject Tally tally;

    @Override
    public void handle(BenchMessage message, MessageContext context) {
      tally.seen(context.dispatchedAt());
    }
  }

  /** Passes each message on to the next hop ({@link MessageContext#emit}), which counts it. */
  @ApplicationScoped
  public static class EmitNext implements MessageHandler<ChainedMessage> {

    @Override
    public void handle(ChainedMessage message, MessageContext context) {
      context.emit(new BenchMessage(message.text()));
    }
  }

  /** Fails the first attempt, handles the retry. */
  @ApplicationScoped
  public static class FailOnce implements MessageHandler<RetriedMessage> {

    @Inject Tally tally;

    @Override
    public void handle(RetriedMessage message, MessageContext context) {
      if (context.attempt() == 0) {
        throw new RecoverableMessageException("first attempt fails (benchmark)");
      }
      tally.seen(context.dispatchedAt());
    }
  }

  /** Always fails, unrecoverably. */
  @ApplicationScoped
  public static class AlwaysFail implements MessageHandler<FailedMessage> {

    @Override
    public void handle(FailedMessage message, MessageContext context) {
      throw new UnrecoverableMessageException("fails unrecoverably (benchmark)");
    }
  }
}
