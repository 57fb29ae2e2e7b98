package dev.courier.example.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostPolicyTest {

  private final HostPolicy policy = new HostPolicy(List.of("Allowed.Local"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/",
        "http://localhost:8080/x",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/"
      })
  void internalAddressesAreRefused(String url) {
    RefusedUrlException refused =
        assertThrows(RefusedUrlException.class, () -> policy.check(URI.create(url)));
    assertTrue(refused.getMessage().contains("internal address"), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "gopher://x/"})
  void otherSchemesAreRefused(String url) {
    assertThrows(RefusedUrlException.class, () -> policy.check(URI.create(url)));
  }

  @Test
  void aPublicAddressAndAnAllowedHostPass() {
    assertDoesNotThrow(() -> policy.check(URI.create("http://93.184.215.14/")));
    assertDoesNotThrow(() -> policy.check(URI.create("https://allowed.local:8443/x")));
  }
}
