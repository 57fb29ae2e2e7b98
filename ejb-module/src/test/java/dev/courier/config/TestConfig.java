package dev.courier.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** MicroProfile Config holding exactly the given keys, for tests of what reads configuration. */
public final class TestConfig {

  private TestConfig() {}

  public static Config of(Map<String, String> values) {
    return new SmallRyeConfigBuilder()
        .withSources(new PropertiesConfigSource(values, "test", 100))
        .build();
  }
}
