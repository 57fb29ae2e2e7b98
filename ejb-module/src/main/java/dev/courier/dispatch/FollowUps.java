package dev.courier.dispatch;

import dev.courier.handler.MessageContext;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages a handler emitted ({@link MessageContext#emit}): prepared while the handler's
 * transaction is still open, so an invalid one fails the attempt, then sent in the consuming
 * transaction once the handler has committed.
 */
@ApplicationScoped
public class FollowUps {

  @Inject MessagePreparer preparer;
  @Inject QueueSender sender;

  /** Checks and routes what the handler emitted; carries the chain's correlation id. */
  public List<OutgoingMessage> prepare(MessageContext context) {
    List<MessageContext.Emission> emitted = context.emitted();
    if (emitted.isEmpty()) {
      return List.of();
    }
    DispatchOptions options =
        DispatchOptions.none().withCorrelationId(context.chainId()).inRun(context.runId());
    List<OutgoingMessage> prepared = new ArrayList<>(emitted.size());
    try {
      for (MessageContext.Emission emission : emitted) {
        prepared.add(
            preparer.prepare(
                emission.message(),
                emission.transport().map(options::toTransport).orElse(options)));
      }
    } catch (DispatchRejectedException e) {
      throw new UnrecoverableMessageException(
          "the handler emitted a message that cannot be dispatched: " + e.getMessage(), e);
    }
    return prepared;
  }

  /** Sends them in the consuming transaction of the delivery that led to them. */
  public void send(List<OutgoingMessage> messages) {
    messages.forEach(sender::sendInDelivery);
  }
}
