package dev.courier.events;

/**
 * Handles the events of the types its {@link Subscribe} names, for the groups it names: a CDI bean,
 * called once per event and group in a transaction that also records the event id in the group's
 * inbox, so a redelivered or re-published event is not handled twice. Events it publishes with
 * {@link EventPublisher} join that transaction. Failing works as for message handlers: {@code
 * RecoverableMessageException} and other exceptions are retried by the group's transport policy,
 * {@code UnrecoverableMessageException} goes to the failure store at once.
 */
public interface EventHandler {

  void handle(Event event, EventContext context) throws Exception;
}
