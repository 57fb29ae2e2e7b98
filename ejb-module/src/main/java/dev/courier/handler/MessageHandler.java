package dev.courier.handler;

/**
 * Handles one message type. Implementations are CDI beans (normally {@code @ApplicationScoped}, so
 * they must be thread-safe); {@code T} is a record, named by {@link MessageType}. Each type has
 * exactly one handler: the deployment fails otherwise.
 *
 * <p>The handler runs inside the consuming transaction. Returning normally acknowledges the
 * message; throwing {@link UnrecoverableMessageException} says a retry cannot help; any other
 * exception is a recoverable failure.
 */
public interface MessageHandler<T> {

  void handle(T message, MessageContext context) throws Exception;
}
