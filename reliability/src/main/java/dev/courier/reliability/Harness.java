package dev.courier.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What every scenario works with: the settings, the server, its API, the settlement that reads back
 * the probes, and the database the scenario's server should use.
 */
final class Harness {

  /** Long enough for a low-transport probe that fails once (its retry waits 30 s by default). */
  static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

  static final Duration LOAD_TIMEOUT = Duration.ofMinutes(10);

  final Settings settings;
  final WildFlyServer server;
  final CourierApi api;
  final AmqpPublisher amqp;
  final Settlement settlement;

  Harness(Settings settings) {
    this.settings = settings;
    this.server =
        new WildFlyServer(
            settings.wildflyHome(),
            settings.ear(),
            settings.workDir().resolve("wildfly-base"),
            settings.portOffset());
    this.api = new CourierApi(server.httpPort(), WildFlyServer.USER, WildFlyServer.PASSWORD);
    this.amqp = new AmqpPublisher(server.amqpPort(), WildFlyServer.USER, WildFlyServer.PASSWORD);
    this.settlement = new Settlement(api);
  }

  /** What a scenario does once its server is up on its database. */
  interface Stage {
    Verdict run(Database database) throws Exception;
  }

  /**
   * Runs a stage on a fresh server (new base directory) and a fresh database, and stops both after
   * it, however it ended.
   */
  Verdict onFreshServer(boolean mustBeCuttable, Stage stage) throws Exception {
    try (Database database = database(mustBeCuttable)) {
      server.prepare();
      Map<String, String> environment = new HashMap<>(database.start());
      environment.putAll(ScheduleRunsCheck.ENVIRONMENT);
      server.start(environment);
      server.awaitReady();
      return stage.run(database);
    } finally {
      amqp.close();
      server.stop();
    }
  }

  /** What a cluster scenario does once the pair and both nodes are up on their database. */
  interface ClusterStage {
    Verdict run(Cluster cluster, Database database) throws Exception;
  }

  /**
   * Runs a stage on a fresh cluster (server-config/cluster.sh: the broker pair and two nodes,
   * node-a at the harness's port offset + 500) on a fresh PostgreSQL database, and stops it after.
   */
  Verdict onFreshCluster(String scenario, ClusterStage stage) throws Exception {
    try (Database database = sharedDatabase()) {
      Map<String, String> environment = new HashMap<>(database.start());
      environment.putAll(ScheduleRunsCheck.ENVIRONMENT);
      try (Cluster cluster =
          new Cluster(
              settings.clusterScript(),
              settings.workDir().resolve("cluster-" + scenario),
              settings.portOffset() + 500,
              settings.portOffset(),
              environment)) {
        cluster.start();
        return stage.run(cluster, database);
      }
    }
  }

  /**
   * The database nodes share: PostgreSQL, the one COURIER_DB_URL names or else the one on
   * 127.0.0.1:5432 (user and password postgres, as server-config/cluster.sh assumes).
   */
  private Database sharedDatabase() {
    int proxyPort = 15432 + settings.portOffset();
    if (PostgreSql.configured()) {
      return PostgreSql.fromEnvironment(proxyPort);
    }
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), 5432)) {
      return new PostgreSql(
          "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres", proxyPort);
    } catch (IOException e) {
      throw new IllegalStateException(
          "the cluster scenarios need PostgreSQL: set COURIER_DB_URL, or run one on 127.0.0.1:5432",
          e);
    }
  }

  /**
   * PostgreSQL when {@code COURIER_DB_URL} names it (as for the build that configured the server);
   * otherwise H2: embedded, as the run command has it, or as a TCP server when the scenario must be
   * able to take the database away.
   */
  private Database database(boolean mustBeCuttable) {
    int proxyPort = 15432 + settings.portOffset();
    if (PostgreSql.configured()) {
      return PostgreSql.fromEnvironment(proxyPort);
    }
    if (mustBeCuttable) {
      return new H2OverTcp(
          settings.wildflyHome(),
          settings.workDir().resolve("h2-server/data"),
          9092 + settings.portOffset(),
          proxyPort);
    }
    return new EmbeddedH2();
  }

  /** The settings' number of probes, sent as fast as they are taken, from now on. */
  ProbeLoad startLoad(CourierApi api, AmqpPublisher amqp, Ledger ledger) {
    ProbeLoad load = new ProbeLoad(api, amqp, ledger, settings.messages(), batchSize(), 0);
    load.start();
    return load;
  }

  /** Probes per batch request: the 500 on a full run, smaller on a short one. */
  int batchSize() {
    return Math.max(10, Math.min(500, settings.messages() / 16));
  }
}
