package dev.courier.bench.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A POST load from {@code wrk} (Debian package {@code wrk}), a separate native process: on a
 * two-core machine it leaves the server far more CPU than a Java client in the test's JVM would.
 */
final class WrkLoad {

  /** What one wrk run reports. */
  record Result(long requests, long refused, double perSecond, long p50Ms, long p99Ms) {}

  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
  private static final Pattern REFUSED = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern ERRORS = Pattern.compile("Socket errors: (.*)");

  private WrkLoad() {}

  /** Whether {@code wrk} is on the PATH. */
  static boolean available() {
    try {
      Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      probe.waitFor();
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code connections} keep-alive connections POST {@code body} to {@code url} for a while. */
  static Result post(String url, String authorization, String body, int connections, int seconds) {
    try {
      Path script = Files.createTempFile("courier-wrk", ".lua");
      try {
        Files.writeString(script, script(authorization, body), StandardCharsets.UTF_8);
        Process wrk =
            new ProcessBuilder(
                    List.of(
                        "wrk",
                        "--threads",
                        "2",
                        "--connections",
                        String.valueOf(connections),
                        "--duration",
                        seconds + "s",
                        "--timeout",
                        "30s",
                        "--latency",
                        "--script",
                        script.toString(),
                        url))
                .redirectErrorStream(true)
                .start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
          throw new IllegalStateException("wrk failed:\n" + output);
        }
        return parse(output);
      } finally {
        Files.deleteIfExists(script);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Result parse(String output) {
    Matcher errors = ERRORS.matcher(output);
    if (errors.find()) {
      throw new IllegalStateException(
          "wrk saw socket errors (" + errors.group(1) + "):\n" + output);
    }
    Matcher refused = REFUSED.matcher(output);
    return new Result(
        Long.parseLong(find(REQUESTS, output)),
        refused.find() ? Long.parseLong(refused.group(1)) : 0,
        Double.parseDouble(find(RATE, output)),
        percentileMs("50%", output),
        percentileMs("99%", output));
  }

  private static String find(Pattern pattern, String output) {
    Matcher matcher = pattern.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + pattern + " in wrk's output:\n" + output);
    }
    return matcher.group(1);
  }

  /** A line of wrk's latency distribution, e.g. {@code 99% 12.34ms}, rounded up to ms. */
  private static long percentileMs(String percentile, String output) {
    Matcher line =
        Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)")
            .matcher(output);
    if (!line.find()) {
      throw new IllegalStateException("no " + percentile + " latency in wrk's output:\n" + output);
    }
    double value = Double.parseDouble(line.group(1));
    double ms =
        switch (line.group(2)) {
          case "us" -> value / 1000;
          case "s" -> value * 1000;
          default -> value;
        };
    return (long) Math.ceil(ms);
  }

  private static String script(String authorization, String body) {
    return "wrk.method = \"POST\"\n"
        + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
        + "wrk.headers[\"Authorization\"] = \""
        + authorization
        + "\"\n"
        + "wrk.body = '"
        + body
        + "'\n";
  }
}
