package dev.courier.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * H2 as a server of its own (the H2 jar of the WildFly the server runs, so client and server
 * agree), reached through a {@link TcpProxy}: the way to take H2 away from a running Courier.
 */
final class H2OverTcp extends ProxiedDatabase {

  private final Path wildflyHome;
  private final Path dataDir;
  private final int serverPort;
  private Process server;

  H2OverTcp(Path wildflyHome, Path dataDir, int serverPort, int proxyPort) {
    super(new TcpProxy(proxyPort, "127.0.0.1", serverPort));
    this.wildflyHome = wildflyHome;
    this.dataDir = dataDir;
    this.serverPort = serverPort;
  }

  @Override
  public Map<String, String> start() throws Exception {
    Directories.recreate(dataDir);
    server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                h2Jar().toString(),
                "org.h2.tools.Server",
                "-tcp",
                "-tcpPort",
                String.valueOf(serverPort),
                "-baseDir",
                dataDir.toString(),
                "-ifNotExists")
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolveSibling("h2-server.log").toFile())
            .start();
    Ports.awaitListening(serverPort, Duration.ofSeconds(30));
    proxy.open();
    return Map.of(
        "COURIER_DB_URL",
        "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/courier;WRITE_DELAY=0",
        "COURIER_DB_USER",
        "sa");
  }

  @Override
  public String name() {
    return "H2 (TCP server)";
  }

  @Override
  public void close() {
    super.close();
    if (server != null) {
      server.destroy();
      try {
        server.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Path h2Jar() throws IOException {
    Path module = wildflyHome.resolve("modules/system/layers/base/com/h2database/h2/main");
    try (Stream<Path> files = Files.list(module)) {
      return files
          .filter(file -> file.getFileName().toString().matches("h2-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IOException("no H2 jar in " + module));
    }
  }
}
