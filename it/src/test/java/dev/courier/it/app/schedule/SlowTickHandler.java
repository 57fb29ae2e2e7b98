package dev.courier.it.app.schedule;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;

/** Takes five seconds. */
@ApplicationScoped
public class SlowTickHandler implements MessageHandler<SlowTick> {

  @Override
  public void handle(SlowTick message, MessageContext context) throws InterruptedException {
    Thread.sleep(5_000);
  }
}
