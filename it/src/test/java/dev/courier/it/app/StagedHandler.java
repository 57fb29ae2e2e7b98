package dev.courier.it.app;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The stage handler of StageTransportIT. A text {@code emit:<next>} emits a {@link Bulk} with the
 * text {@code <next>}; {@code emit-then-fail:<next>} emits it and then fails for good; {@code
 * emit-invalid} emits a Bulk with a blank text.
 */
@ApplicationScoped
public class StagedHandler implements MessageHandler<Staged> {

  @Inject HandledMessages handled;

  @Override
  public void handle(Staged message, MessageContext context) {
    String text = message.text();
    if (text.startsWith("emit:")) {
      context.emit(new Bulk(text.substring("emit:".length())));
    } else if (text.startsWith("emit-then-fail:")) {
      context.emit(new Bulk(text.substring("emit-then-fail:".length())));
      throw new UnrecoverableMessageException("failed after emitting");
    } else if (text.startsWith("emit-invalid")) {
      context.emit(new Bulk(" "));
    }
    handled.record(text, context);
  }
}
