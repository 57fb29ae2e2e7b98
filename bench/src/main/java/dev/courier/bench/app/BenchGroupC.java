package dev.courier.bench.app;

import dev.courier.consume.GroupConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.JMSDestinationDefinition;

/** The consumers of benchmark group bench-c, as many as the high transport has. */
@JMSDestinationDefinition(
    name = "java:global/jms/queue/courier.group.bench-c",
    interfaceName = "jakarta.jms.Queue",
    destinationName = "courier.group.bench-c")
@Singleton
@Startup
public class BenchGroupC extends GroupConsumer {

  @Override
  protected String group() {
    return "bench-c";
  }
}
