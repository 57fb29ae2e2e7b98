package dev.courier.it.app.schedule;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;

/** Handles a counted message, or fails it for good when asked to. */
@ApplicationScoped
public class CountedHandler implements MessageHandler<Counted> {

  @Override
  public void handle(Counted message, MessageContext context) {
    if (message.fail()) {
      throw new UnrecoverableMessageException("asked to fail: " + message.text());
    }
  }
}
