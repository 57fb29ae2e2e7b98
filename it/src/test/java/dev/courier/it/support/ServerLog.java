package dev.courier.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the test server's log says of its boot and of the deployment of Courier. */
public final class ServerLog {

  private static final Pattern STARTED = Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms");
  private static final Pattern TIME = Pattern.compile("^\\S+ (\\d{2}:\\d{2}:\\d{2},\\d{3}) ");

  private ServerLog() {}

  /** A markdown line: the last boot's time, and how long the last deployment of Courier took. */
  public static String bootLines() {
    List<String> lines = lines();
    String boot = "?";
    LocalTime deploying = null;
    String deployed = "?";
    for (String line : lines) {
      Matcher started = STARTED.matcher(line);
      if (started.find()) {
        boot = started.group(1) + " ms";
      }
      if (line.contains("WFLYSRV0027: Starting deployment of \"courier.ear\"")) {
        deploying = time(line);
      }
      if (line.contains("WFLYSRV0010: Deployed \"courier.ear\"") && deploying != null) {
        deployed = Duration.between(deploying, time(line)).toMillis() + " ms";
      }
    }
    return "Server boot (empty): " + boot + "; deployment of the EAR: " + deployed + ".";
  }

  private static LocalTime time(String line) {
    Matcher matcher = TIME.matcher(line);
    if (!matcher.find()) {
      throw new IllegalStateException("no time in " + line);
    }
    return LocalTime.parse(matcher.group(1).replace(',', '.'));
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(
          Path.of(System.getProperty("courier.it.base-dir"), "log", "server.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
