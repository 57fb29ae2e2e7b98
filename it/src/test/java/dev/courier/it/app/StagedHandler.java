package dev.courier.it.app;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class StagedHandler implements MessageHandler<Staged> {

  @Inject HandledMessages handled;

  @Override
  public void handle(Staged message, MessageContext context) {
    handled.record(message.text(), context);
  }
}
