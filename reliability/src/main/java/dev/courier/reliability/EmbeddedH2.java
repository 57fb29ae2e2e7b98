package dev.courier.reliability;

import java.util.Map;

/**
 * The run command's default: H2 embedded in the server, in its data directory (fresh with each
 * scenario's base directory). An embedded database cannot be cut off; the outage scenario uses
 * {@link H2OverTcp} instead.
 */
final class EmbeddedH2 implements Database {

  @Override
  public Map<String, String> start() {
    return Map.of();
  }

  @Override
  public void cut() {
    throw new UnsupportedOperationException("an embedded database cannot be made unreachable");
  }

  @Override
  public void restore() {
    throw new UnsupportedOperationException("an embedded database cannot be made unreachable");
  }

  /** The default, unless the environment gives an H2 URL of its own. */
  @Override
  public String name() {
    String url = System.getenv("COURIER_DB_URL");
    return url == null || url.isBlank() ? "H2 (embedded, the default)" : "H2 (" + url + ")";
  }

  @Override
  public void close() {}
}
