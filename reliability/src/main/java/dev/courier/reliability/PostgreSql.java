package dev.courier.reliability;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database of the harness's own ({@value #DATABASE}) on the PostgreSQL server that {@code
 * COURIER_DB_URL} names, dropped and made again for each scenario, reached through a {@link
 * TcpProxy} so the outage scenario can cut it off.
 */
final class PostgreSql extends ProxiedDatabase {

  static final String DATABASE = "courier_reliability";

  private final String host;
  private final int port;
  private final String user;
  private final String password;

  /**
   * @param url a {@code jdbc:postgresql://host:port/…} URL naming the server
   */
  PostgreSql(String url, String user, String password, int proxyPort) {
    this(URI.create(url.substring("jdbc:".length())), user, password, proxyPort);
  }

  private PostgreSql(URI server, String user, String password, int proxyPort) {
    super(new TcpProxy(proxyPort, server.getHost(), portOf(server)));
    this.host = server.getHost();
    this.port = portOf(server);
    this.user = user;
    this.password = password;
  }

  private static int portOf(URI server) {
    return server.getPort() < 0 ? 5432 : server.getPort();
  }

  /** The server named by the environment, when it names PostgreSQL. */
  static boolean configured() {
    return System.getenv().getOrDefault("COURIER_DB_URL", "").startsWith("jdbc:postgresql:");
  }

  static PostgreSql fromEnvironment(int proxyPort) {
    return new PostgreSql(
        System.getenv("COURIER_DB_URL"),
        System.getenv().getOrDefault("COURIER_DB_USER", "postgres"),
        System.getenv().getOrDefault("COURIER_DB_PASSWORD", ""),
        proxyPort);
  }

  @Override
  public Map<String, String> start() throws SQLException, IOException {
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    proxy.open();
    return Map.of(
        "COURIER_DB_URL",
        "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE,
        "COURIER_DB_USER",
        user,
        "COURIER_DB_PASSWORD",
        password);
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }
}
