package dev.courier.bench.driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Symfony Messenger peer benchmark (a directory with its {@code run.sh}, which runs PHP's
 * Symfony Messenger 5.4 on RabbitMQ and PostgreSQL of this machine): the scenarios Courier is
 * compared with, run right after Courier's own, and their summary read back.
 */
public final class SymfonyPeer {

  /** The peer's scenarios the comparison needs, as {@code run.sh}'s {@code ONLY} regex. */
  static final String SCENARIOS =
      "^(amqp-php-concurrent|amqp-php-retry|amqp\\+confirm-php-seq|doctrine-php-concurrent"
          + "|amqp-php-chain3|redis-php-concurrent|redis3groups-php-seq)$";

  /**
   * One line of the peer's summary: transport, serializer, scenario, messages and the median and
   * range of end-to-end messages per second.
   */
  public record PeerFigure(
      String transport, String scenario, int messages, double median, double min, double max) {

    /** How the comparison names it, e.g. {@code amqp concurrent}. */
    public String label() {
      return transport + " " + scenario;
    }
  }

  private static final Pattern SUMMARY =
      Pattern.compile(
          "^(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+N=(\\d+)\\s.*end_to_end_msgs_per_s=(\\d+) \\[(\\d+)\\.\\.(\\d+)]");

  private final Path directory;

  public SymfonyPeer(Path directory) {
    this.directory = directory;
  }

  /** Why the peer cannot run here, or empty when it can. */
  public Optional<String> unavailable() {
    if (!Files.isRegularFile(directory.resolve("run.sh"))) {
      return Optional.of("no peer benchmark at " + directory);
    }
    try {
      Process php = new ProcessBuilder("php", "-v").redirectErrorStream(true).start();
      php.getInputStream().readAllBytes();
      if (!php.waitFor(30, TimeUnit.SECONDS) || php.exitValue() != 0) {
        return Optional.of("php does not run; the peer's install.sh installs it");
      }
    } catch (IOException e) {
      return Optional.of("no php on this machine; the peer's install.sh installs it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
    return Optional.empty();
  }

  /**
   * Runs the compared scenarios {@code runs} times each; AMQP without confirms with {@code
   * messages} messages, the slower transports with the peer's own defaults. Its raw lines go to
   * {@code log}.
   */
  public List<PeerFigure> run(int runs, int messages, Path log, Duration timeout)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "run.sh")
            .directory(directory.toFile())
            .redirectError(log.toFile());
    builder
        .environment()
        .putAll(
            Map.of(
                "REPS", Integer.toString(runs),
                "N_AMQP", Integer.toString(messages),
                "N_REDIS", Integer.toString(messages),
                "ONLY", SCENARIOS));
    Process process = builder.start();
    String summary = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IOException("the peer benchmark did not end within " + timeout);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "the peer benchmark failed (exit "
              + process.exitValue()
              + "; see "
              + log
              + "): "
              + summary);
    }
    return parse(summary);
  }

  /** The figures of {@code run.sh}'s summary lines; other lines are skipped. */
  static List<PeerFigure> parse(String summary) {
    List<PeerFigure> figures = new ArrayList<>();
    for (String line : summary.split("\n")) {
      Matcher matcher = SUMMARY.matcher(line.trim());
      if (matcher.find()) {
        figures.add(
            new PeerFigure(
                matcher.group(1),
                matcher.group(3),
                Integer.parseInt(matcher.group(4)),
                Double.parseDouble(matcher.group(5)),
                Double.parseDouble(matcher.group(6)),
                Double.parseDouble(matcher.group(7))));
      }
    }
    return figures;
  }
}
