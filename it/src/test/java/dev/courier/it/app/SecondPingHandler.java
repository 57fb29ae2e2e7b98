package dev.courier.it.app;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;

/** A second handler for test.ping: a deployment holding it must fail. */
@ApplicationScoped
public class SecondPingHandler implements MessageHandler<Ping> {

  @Override
  public void handle(Ping message, MessageContext context) {}
}
