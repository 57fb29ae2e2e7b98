package dev.courier.build;

/**
 * What this server calls itself: {@code jboss.node.name} (WildFly's default is the host name), as
 * schedule runs and the benchmarks' minute rows record it.
 */
public final class NodeName {

  private NodeName() {}

  public static String of() {
    return System.getProperty("jboss.node.name", "courier");
  }
}
