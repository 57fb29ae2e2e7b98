package dev.courier.example.source;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code source_events}: keeps each domain event of a run, in the order they are handled. */
@ApplicationScoped
public class SourceEventHandler implements MessageHandler<SourceEvent> {

  @Inject Documents documents;

  @Override
  public void handle(SourceEvent event, MessageContext context) {
    documents.recordEvent(event);
  }
}
