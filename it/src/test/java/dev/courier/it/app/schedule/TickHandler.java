package dev.courier.it.app.schedule;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;

/** Handles a tick at once. */
@ApplicationScoped
public class TickHandler implements MessageHandler<Tick> {

  @Override
  public void handle(Tick message, MessageContext context) {}
}
