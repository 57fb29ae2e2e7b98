package dev.courier.build;

import org.eclipse.microprofile.config.Config;

/**
 * What this node does: consume (its MDBs and batch workers; {@code courier.node.workers}) and serve
 * the public API ({@code courier.node.api}); both by default. Set as system properties, since the
 * server's configuration reads the first too (its MDB delivery group, 38-node-role.cli).
 */
public record NodeRole(boolean workers, boolean api) {

  public static NodeRole of(Config config) {
    return new NodeRole(
        config.getOptionalValue("courier.node.workers", Boolean.class).orElse(true),
        config.getOptionalValue("courier.node.api", Boolean.class).orElse(true));
  }
}
