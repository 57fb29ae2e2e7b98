package dev.courier.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The scale-out topology started the way a user starts it, with {@code server-config/cluster.sh}:
 * the broker pair and two WildFly nodes on one database, in a directory and on ports of the
 * harness's own (node-a at the port offset given, node-b 100 above it; the brokers' ports moved by
 * as much as the harness's own server's), so a development cluster is left alone. The scenarios
 * start, kill and stop its parts through the same script.
 */
final class Cluster implements AutoCloseable {

  static final String NODE_A = "node-a";
  static final String NODE_B = "node-b";
  static final String PRIMARY = "primary";
  static final String BACKUP = "backup";

  private static final int PRIMARY_CORE_PORT = 61716;
  private static final int PRIMARY_AMQP_PORT = 5690;
  private static final int BACKUP_DISTANCE = 100;

  /** USER_HZ of Linux on every common architecture, the unit of /proc/<pid>/stat's times. */
  private static final int CLOCK_TICKS_PER_SECOND = 100;

  private final Path script;
  private final Path dir;
  private final int nodeOffset;
  private final int brokerShift;
  private final Map<String, String> environment;
  private int commands;

  /**
   * @param nodeOffset node-a's port offset; node-b's is 100 more
   * @param brokerShift added to each of the pair's default ports
   * @param environment the nodes' environment: database, schedule settings
   */
  Cluster(Path script, Path dir, int nodeOffset, int brokerShift, Map<String, String> environment) {
    this.script = script;
    this.dir = dir;
    this.nodeOffset = nodeOffset;
    this.brokerShift = brokerShift;
    this.environment = environment;
  }

  /** A fresh directory, then the pair and both nodes, ready. */
  void start() throws IOException, InterruptedException {
    Directories.recreate(dir);
    run("start");
  }

  /** Starts one part again (node-a, node-b, primary, backup) and waits until it is ready. */
  void start(String part) throws IOException, InterruptedException {
    run("start", part);
  }

  /** kill -9 of one part. */
  void kill(String part) throws IOException, InterruptedException {
    run("kill", part);
  }

  /** What runs, as the script's status lists it. */
  String status() throws IOException, InterruptedException {
    return run("status");
  }

  /** Whether the named broker is the active one now, by the script's status. */
  boolean active(String broker) throws IOException, InterruptedException {
    return status().lines().anyMatch(line -> line.startsWith("[pair] " + broker + ": active"));
  }

  /**
   * The CPU time (user and system) a part's processes have used so far: its start script and the
   * JVM under it, from /proc.
   */
  double cpuSeconds(String part) throws IOException {
    Path pidFile =
        (PRIMARY.equals(part) || BACKUP.equals(part) ? dir.resolve("broker-pair") : dir)
            .resolve(part + ".pid");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle root =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(part + " does not run"));
    long ticks = ticks(root.pid());
    for (ProcessHandle child : (Iterable<ProcessHandle>) root.descendants()::iterator) {
      ticks += ticks(child.pid());
    }
    return ticks / (double) CLOCK_TICKS_PER_SECOND;
  }

  /** utime + stime of a process, fields 14 and 15 of /proc/<pid>/stat (after the command name). */
  private static long ticks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  int httpPort(String node) {
    return 8080 + nodeOffset + (NODE_B.equals(node) ? 100 : 0);
  }

  /** The API of one node, as the cluster's admin user. */
  CourierApi api(String node) throws IOException {
    Properties user = properties(dir.resolve("dev-user.properties"));
    return new CourierApi(
        httpPort(node),
        user.getProperty("COURIER_DEV_USER"),
        user.getProperty("COURIER_DEV_PASSWORD"));
  }

  /** An AMQP 1.0 client of the pair that fails over from primary to backup and back. */
  AmqpPublisher amqp() throws IOException {
    int primary = PRIMARY_AMQP_PORT + brokerShift;
    String password = Files.readString(dir.resolve("broker-pair/node-password")).strip();
    return new AmqpPublisher(
        "failover:(amqp://127.0.0.1:"
            + primary
            + ",amqp://127.0.0.1:"
            + (primary + BACKUP_DISTANCE)
            + ")?failover.initialReconnectDelay=100&"
            + AmqpPublisher.OPTIONS,
        "courier-node",
        password);
  }

  /** Stops every part; kills what does not stop. */
  @Override
  public void close() {
    try {
      run("stop");
    } catch (IOException | RuntimeException e) {
      for (String part : List.of(NODE_A, NODE_B, PRIMARY, BACKUP)) {
        try {
          run("kill", part);
        } catch (IOException | RuntimeException ignored) {
          // already gone
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(arguments));
    Path log = dir.resolve("command-" + ++commands + "-" + String.join("-", arguments) + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(scriptEnvironment());
    int exit = builder.start().waitFor();
    String output = Files.readString(log);
    if (exit != 0) {
      throw new IllegalStateException(
          "cluster.sh " + String.join(" ", arguments) + " failed (exit " + exit + "): " + output);
    }
    return output;
  }

  private Map<String, String> scriptEnvironment() {
    Map<String, String> variables = new HashMap<>(environment);
    variables.put("COURIER_CLUSTER_DIR", dir.toString());
    variables.put("COURIER_CLUSTER_PORT_OFFSET", String.valueOf(nodeOffset));
    variables.put("COURIER_BROKER_PORT", String.valueOf(PRIMARY_CORE_PORT + brokerShift));
    variables.put("COURIER_BROKER_AMQP_PORT", String.valueOf(PRIMARY_AMQP_PORT + brokerShift));
    return variables;
  }

  private static Properties properties(Path file) throws IOException {
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    return properties;
  }
}
