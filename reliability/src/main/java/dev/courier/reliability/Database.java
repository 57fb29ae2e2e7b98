package dev.courier.reliability;

import java.util.Map;

/** The database a scenario's server uses: fresh for each scenario, and possibly cut off. */
interface Database extends AutoCloseable {

  /** Makes a fresh, empty database; returns the server environment that points at it. */
  Map<String, String> start() throws Exception;

  /** Makes the database unreachable for the server until {@link #restore()}. */
  void cut();

  /** Reachable again. */
  void restore() throws Exception;

  /** What the report calls it. */
  String name();

  @Override
  void close();
}
