package dev.courier.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one run of the harness does, read from system properties (the reliability module's pom
 * passes them on; see docs/reliability.md).
 *
 * @param wildflyHome the server prepared by server-config, as the run command runs it
 * @param ear the built EAR, deployed as the run command deploys it
 * @param workDir where the harness keeps its server base directory, logs and report
 * @param portOffset added to every port of the harness's server
 * @param messages probes dispatched per scenario
 * @param scenarios names of the scenarios to run, in order
 * @param outage how long the database stays unreachable in the outage scenario
 * @param clusterScript server-config/cluster.sh, which the cluster scenarios start their nodes with
 */
public record Settings(
    Path wildflyHome,
    Path ear,
    Path workDir,
    int portOffset,
    int messages,
    List<String> scenarios,
    Duration outage,
    Path clusterScript) {

  public static Settings fromSystemProperties() {
    return new Settings(
        Path.of(required("jboss.home")),
        Path.of(required("courier.reliability.ear")),
        Path.of(required("courier.reliability.work-dir")),
        Integer.getInteger("courier.reliability.port-offset", 200),
        Integer.getInteger("courier.reliability.messages", 300),
        Arrays.stream(System.getProperty("courier.reliability.scenarios", "kill").split(","))
            .map(String::trim)
            .filter(name -> !name.isEmpty())
            .toList(),
        Duration.ofSeconds(Integer.getInteger("courier.reliability.outage-seconds", 60)),
        Path.of(required("courier.reliability.cluster-script")));
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + key + " is not set");
    }
    return value;
  }
}
