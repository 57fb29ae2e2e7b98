package dev.courier.example.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostPortTest {

  @Test
  void aHostAloneMeansPort443() {
    assertEquals(new HostPort("example.org", 443), HostPort.parse(" example.org "));
  }

  @Test
  void aListSkipsBlankEntries() {
    assertEquals(
        List.of(new HostPort("a.example", 8443), new HostPort("127.0.0.1", 443)),
        HostPort.parseList("a.example:8443, ,127.0.0.1,"));
    assertTrue(HostPort.parseList(" ").isEmpty());
  }

  @Test
  void aBadPortIsRefusedNamingTheKey() {
    for (String bad : List.of("host:0", "host:70000", "host:https", ":443")) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> HostPort.parse(bad));
      assertTrue(refused.getMessage().contains("courier.example.certificates.hosts"), bad);
    }
  }
}
