package dev.courier.config;

import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The names of every property the configuration's sources hold, for code that discovers what is
 * declared under a prefix (pipelines, event streams, routes, schedules).
 *
 * <p>Asks each source, not {@link Config#getPropertyNames()}: the SmallRye Config WildFly 39 ships
 * (3.13) fills that set lazily into one shared, unsynchronised set, so a thread asking while
 * another thread fills it — WildFly starts a deployment's components on several threads — gets only
 * part of the names. That made declared groups, streams and pipelines vanish from some deployments
 * while every value read by its name was there.
 */
public final class ConfigNames {

  private ConfigNames() {}

  public static Set<String> of(Config config) {
    Set<String> names = new TreeSet<>();
    for (ConfigSource source : config.getConfigSources()) {
      names.addAll(source.getPropertyNames());
    }
    return names;
  }
}
