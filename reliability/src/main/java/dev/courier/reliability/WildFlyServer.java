package dev.courier.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server under test, started the way the run command starts it ({@code standalone.sh
 * --server-config=standalone-full.xml} on the configuration server-config made, the built EAR in
 * the deployment scanner's directory), but on a base directory of its own and a port offset, so a
 * running development server is left alone. It can be killed with SIGKILL and started again on the
 * same data: the H2 file, the broker's journal and the transaction log stay where they were.
 */
final class WildFlyServer {

  static final String USER = "reliability";
  static final String PASSWORD = "Reliability-only-7c1e!";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  private final Path home;
  private final Path ear;
  private final Path baseDir;
  private final int portOffset;
  private final String nodeName;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private Map<String, String> environment = Map.of();
  private int starts;

  WildFlyServer(Path home, Path ear, Path baseDir, int portOffset) {
    this(home, ear, baseDir, portOffset, "courier-harness");
  }

  /**
   * @param nodeName {@code jboss.node.name}: what the server calls itself, e.g. in schedule runs
   */
  WildFlyServer(Path home, Path ear, Path baseDir, int portOffset, String nodeName) {
    this.home = home;
    this.ear = ear;
    this.baseDir = baseDir;
    this.portOffset = portOffset;
    this.nodeName = nodeName;
  }

  int httpPort() {
    return 8080 + portOffset;
  }

  /** The AMQP 1.0 acceptor's port (server-config's 22-amqp.cli). */
  int amqpPort() {
    return 5673 + portOffset;
  }

  int managementPort() {
    return 9990 + portOffset;
  }

  /** A fresh base directory: the prepared configuration, the EAR, a user for the harness. */
  void prepare() throws IOException, InterruptedException {
    Directories.recreate(baseDir);
    Directories.copy(
        home.resolve("standalone/configuration"),
        baseDir.resolve("configuration"),
        "standalone_xml_history");
    Files.createDirectories(baseDir.resolve("deployments"));
    Files.copy(ear, baseDir.resolve("deployments").resolve(ear.getFileName()));
    run(
        List.of(
            home.resolve("bin/add-user.sh").toString(),
            "-a",
            "-sc",
            baseDir.resolve("configuration").toString(),
            "-u",
            USER,
            "-p",
            PASSWORD,
            "-g",
            "courier-admin"));
  }

  /** Starts the server with these environment variables added (e.g. the database's URL). */
  void start(Map<String, String> environment) throws IOException {
    this.environment = environment;
    start();
  }

  /** The environment of the last start. */
  Map<String, String> environment() {
    return environment;
  }

  /** Starts the server again, with the environment of the last start. */
  void start() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "--server-config=standalone-full.xml",
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.node.name=" + nodeName)
            .redirectErrorStream(true)
            .redirectOutput(baseDir.resolve("console-" + ++starts + ".log").toFile());
    builder.environment().putAll(environment);
    process = builder.start();
  }

  /** Waits until Courier is deployed and every readiness check is UP. */
  void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited; see " + baseDir);
      }
      last = readiness();
      if (last.contains("courier-database") && last.startsWith("200")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "the server was not ready after " + READY_TIMEOUT + ": " + last);
  }

  /** The readiness answer: status code, a space, the body; or why there was none. */
  String readiness() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + managementPort() + "/health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() + " " + response.body();
    } catch (IOException e) {
      return "unreachable: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** SIGKILL to the server's JVM (and the script that started it): no shutdown of any kind. */
  void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.waitFor(30, TimeUnit.SECONDS);
    awaitPortsFree();
  }

  /** A normal shutdown through the management interface. */
  void shutdown() throws InterruptedException, IOException {
    cli(":shutdown");
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the server did not stop within 120 s");
    }
    awaitPortsFree();
  }

  /** Stops the server however it can: the end of a scenario, or of a failed one. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  /** Runs one management command with jboss-cli (local authentication); returns its output. */
  String cli(String command) throws IOException, InterruptedException {
    return run(
        List.of(
            home.resolve("bin/jboss-cli.sh").toString(),
            "-c",
            "--controller=127.0.0.1:" + managementPort(),
            "--command=" + command));
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try {
      output = new String(tool.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tool.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }

  private void awaitPortsFree() throws InterruptedException {
    for (int port : new int[] {httpPort(), managementPort()}) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (listening(port) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
    }
  }

  private static boolean listening(int port) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
