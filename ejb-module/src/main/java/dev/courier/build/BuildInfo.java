package dev.courier.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build (build time and git commit, written by the build), stamped on every
 * message as {@code courier_build}.
 */
public final class BuildInfo {

  private static final String VERSION = load();

  private BuildInfo() {}

  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("courier-build.properties")) {
      if (in == null) {
        throw new IllegalStateException("courier-build.properties is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      String commit = properties.getProperty("commit", "");
      return properties.getProperty("time")
          + "-"
          + (commit.isBlank() || commit.startsWith("${") ? "unknown" : commit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
