package dev.courier.it.app;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Records every delivery under {@code delivered:<text>}, and its work under {@code <text>} only on
 * a message's first delivery as the inbox says.
 */
@ApplicationScoped
public class OnceHandler implements MessageHandler<Once> {

  @Inject Inbox inbox;
  @Inject HandledMessages handled;

  @Override
  public void handle(Once message, MessageContext context) {
    handled.record("delivered:" + message.text(), context);
    if (!inbox.firstDelivery(context)) {
      return;
    }
    if (message.failFirst() && context.attempt() == 0) {
      throw new IllegalArgumentException("failing attempt 0 on request");
    }
    handled.record(message.text(), context);
  }
}
