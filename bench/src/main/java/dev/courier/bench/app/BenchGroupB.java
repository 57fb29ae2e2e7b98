package dev.courier.bench.app;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The consumers of benchmark group bench-b, as many as the high transport has. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.bench-b",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.bench-b")
@Singleton
@Startup
public class BenchGroupB extends GroupConsumer {

  @Override
  protected String group() {
    return "bench-b";
  }
}
