package dev.courier.consume;

/**
 * The consumer of one pipeline stage, declared by the application: one short class per stage that
 * names the stage, declares its queue and makes an MDB pool of it. For a stage {@code fetch} of a
 * pipeline declared by {@code courier.pipeline.<name>.stages=fetch,…}:
 *
 * <pre>{@code
 * @JMSDestinationDefinition(
 *     name = "java:global/jms/queue/courier.fetch",
 *     interfaceName = "jakarta.jms.Queue",
 *     destinationName = "courier.fetch")
 * @MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
 *     @ActivationConfigProperty(propertyName = "destinationLookup",
 *         propertyValue = "java:global/jms/queue/courier.fetch"),
 *     @ActivationConfigProperty(propertyName = "maxSession",
 *         propertyValue = "${courier.transport.fetch.concurrency:2}")})
 * public class FetchStage extends StageConsumer {
 *   protected String stage() { return "fetch"; }
 * }
 * }</pre>
 *
 * ({@code messageListenerInterface}: WildFly does not look for the listener interface in another
 * module's classes.) Everything else — handing deliveries to the processor, retries, the failure
 * store, pause, the breaker, stats — is the same as for the built-in transports.
 */
public abstract class StageConsumer extends TransportConsumer {

  /** The stage's name, which is its transport's name. */
  protected abstract String stage();

  @Override
  final String transport() {
    return stage();
  }
}
