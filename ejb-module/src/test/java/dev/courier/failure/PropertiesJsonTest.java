package dev.courier.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertiesJsonTest {

  @Test
  void propertiesSurviveTheRoundTripWithTheirTypes() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("courier_type", "SendEmail");
    properties.put("courier_attempt", 2);
    properties.put("courier_dispatched_at", 1_700_000_000_000L);
    properties.put("ratio", 0.5);
    properties.put("urgent", true);

    assertEquals(properties, PropertiesJson.read(PropertiesJson.write(properties)));
  }
}
