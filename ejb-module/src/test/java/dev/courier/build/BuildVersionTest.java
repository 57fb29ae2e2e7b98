package dev.courier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuildVersionTest {

  private static BuildVersion version(String text) {
    return BuildVersion.parse(text).orElseThrow();
  }

  @Test
  void aVersionIsItsBuildTimeAndCommit() {
    BuildVersion version = version("20261124T101500Z-7b36974");

    assertEquals("20261124T101500Z", version.time());
    assertEquals("7b36974", version.commit());
    assertEquals("20261124T101500Z-7b36974", version.toString());
  }

  @Test
  void aLaterBuildTimeIsNewerWhateverTheCommit() {
    assertTrue(
        version("20261124T101501Z-aaaaaaa").isNewerThan(version("20261124T101500Z-fffffff")));
    assertFalse(
        version("20261124T101500Z-fffffff").isNewerThan(version("20261124T101501Z-aaaaaaa")));
    assertTrue(version("20270101T000000Z-1").isNewerThan(version("20261231T235959Z-1")));
  }

  @Test
  void theSameBuildTimeIsNotNewer() {
    assertFalse(
        version("20261124T101500Z-aaaaaaa").isNewerThan(version("20261124T101500Z-bbbbbbb")));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "test",
        "0.1.0-SNAPSHOT",
        "20261124-abc",
        "20261124T101500Z",
        "20261124T101500Z-"
      })
  void whatIsNotAVersionParsesToNothing(String text) {
    assertEquals(Optional.empty(), BuildVersion.parse(text));
  }
}
