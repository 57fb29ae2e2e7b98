package dev.courier.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.config.TestConfig;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class BatchPolicyTest {

  private static Config config(Map<String, String> values) {
    return TestConfig.of(values);
  }

  @Test
  void theDefaultsApplyUnlessTheTransportSetsItsOwn() {
    assertEquals(
        new BatchPolicy(BatchPolicy.DEFAULT_SIZE, BatchPolicy.DEFAULT_WAIT_MS),
        BatchPolicy.of(config(Map.of()), "batch"));
    assertEquals(
        new BatchPolicy(200, 5),
        BatchPolicy.of(
            config(
                Map.of(
                    "courier.transport.batch.batch.size", "200",
                    "courier.transport.batch.batch.wait", "5")),
            "batch"));
  }

  @Test
  void aSizeOrWaitOutOfRangeIsRefusedWithTheValue() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new BatchPolicy(0, 2))
            .getMessage()
            .contains("was 0"));
    assertThrows(IllegalArgumentException.class, () -> new BatchPolicy(10_001, 2));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new BatchPolicy(50, -1))
            .getMessage()
            .contains("was -1"));
  }
}
