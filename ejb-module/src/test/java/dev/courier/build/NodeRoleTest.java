package dev.courier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeRoleTest {

  private static NodeRole of(Map<String, String> properties) {
    return NodeRole.of(
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .build());
  }

  @Test
  void aNodeDoesBothUnlessToldOtherwise() {
    assertEquals(new NodeRole(true, true), of(Map.of()));
    assertEquals(new NodeRole(false, true), of(Map.of("courier.node.workers", "false")));
    assertEquals(new NodeRole(true, false), of(Map.of("courier.node.api", "false")));
  }
}
