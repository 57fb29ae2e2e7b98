package dev.courier.consume;

/**
 * The consumer of one pipeline stage (or of another transport an application declares), declared by
 * the application: one short class per stage that names the stage, declares its queue and starts
 * the stage's workers when the application starts. For a stage {@code fetch} of a pipeline declared
 * by {@code courier.pipeline.<name>.stages=fetch,…}:
 *
 * <pre>{@code
 * @JMSDestinationDefinition(
 *     name = "java:global/jms/queue/courier.fetch",
 *     interfaceName = "jakarta.jms.Queue",
 *     destinationName = "courier.fetch")
 * @Singleton
 * @Startup
 * public class FetchStage extends StageConsumer {
 *   protected String stage() { return "fetch"; }
 * }
 * }</pre>
 *
 * The stage's workers ({@code courier.transport.fetch.concurrency}, 2 by default) take many
 * deliveries per transaction ({@link WorkerConsumer}); everything else — handing deliveries to the
 * processor, retries, the failure store, pause, the breaker, stats, run tracking — is the same as
 * for the built-in transports.
 */
public abstract class StageConsumer extends WorkerConsumer {

  /** The stage's name, which is its transport's name. */
  protected abstract String stage();

  @Override
  final String transport() {
    return stage();
  }
}
