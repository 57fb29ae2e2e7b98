package dev.courier.it.app;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

@ApplicationScoped
public class FlakyHandler implements MessageHandler<Flaky> {

  @Inject Attempts attempts;
  @Inject HandledMessages handled;

  @Override
  public void handle(Flaky message, MessageContext context) {
    int call = attempts.record(message.text(), context.attempt());
    if (call <= message.failTimes()) {
      throw failure(message, call);
    }
    handled.record(message.text(), context);
  }

  private static RuntimeException failure(Flaky message, int call) {
    String text = "flaky failure " + call + " of " + message.failTimes();
    return switch (message.failWith()) {
      case "unrecoverable" -> new UnrecoverableMessageException(text);
      case "illegal-state" -> new IllegalStateException(text);
      case "io" -> new UncheckedIOException(new IOException(text));
      default ->
          new RecoverableMessageException(
              text,
              null,
              message.retryAfterMs() > 0 ? Duration.ofMillis(message.retryAfterMs()) : null);
    };
  }
}
