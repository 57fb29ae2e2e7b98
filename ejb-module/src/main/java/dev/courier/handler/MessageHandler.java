package dev.courier.handler;

/**
 * Handles one message type. Implementations are CDI beans (normally {@code @ApplicationScoped}, so
 * they must be thread-safe); {@code T} is a record, named by {@link MessageType}. Each type has
 * exactly one handler: the deployment fails otherwise.
 *
 * <p>The handler runs in a transaction of its own, which commits when it returns, just before the
 * delivery is acknowledged; throwing rolls its work back. {@link UnrecoverableMessageException}
 * says a retry cannot help; any other exception is a recoverable failure.
 *
 * <p>Delivery is at-least-once: a crash between the handler's commit and the acknowledgement
 * delivers the message again, with the same {@link MessageContext#messageId()} and attempt. A
 * handler whose work is not naturally idempotent asks {@link dev.courier.inbox.Inbox} first.
 *
 * <p>Messages that follow from this one (a pipeline's next stage) are handed to {@link
 * MessageContext#emit}: they are sent with the acknowledgement, and not at all when the handler
 * fails.
 */
public interface MessageHandler<T> {

  void handle(T message, MessageContext context) throws Exception;
}
