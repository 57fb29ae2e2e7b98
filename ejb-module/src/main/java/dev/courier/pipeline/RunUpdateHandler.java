package dev.courier.pipeline;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Wakes this node's watchers of the run that moved. */
@ApplicationScoped
public class RunUpdateHandler implements MessageHandler<RunUpdate> {

  @Inject RunWatchers watchers;

  @Override
  public void handle(RunUpdate update, MessageContext context) {
    watchers.moved(update.runId());
  }
}
