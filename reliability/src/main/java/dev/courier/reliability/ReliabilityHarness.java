package dev.courier.reliability;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the scenarios the settings name, one after the other, each on a fresh server and database,
 * and reports accepted / handled / in the failure store / lost / duplicates for each.
 */
public final class ReliabilityHarness {

  private static final Map<String, Scenario> SCENARIOS =
      Stream.of(
              new KillScenario(),
              new DatabaseOutageScenario(),
              new BrokerRestartScenario(),
              new TwoNodesScheduleScenario(),
              new ClusterNodeKillScenario(),
              new ClusterBrokerKillScenario(),
              new ClusterThroughputScenario())
          .collect(Collectors.toMap(Scenario::name, Function.identity()));

  private final Settings settings;

  public ReliabilityHarness(Settings settings) {
    this.settings = settings;
  }

  /** Every scenario's verdict; a scenario that broke off counts as failed, with the reason. */
  public List<Verdict> run() throws IOException {
    Harness harness = new Harness(settings);
    List<Verdict> verdicts = new ArrayList<>();
    for (String name : settings.scenarios()) {
      Scenario scenario = SCENARIOS.get(name);
      if (scenario == null) {
        throw new IllegalArgumentException(
            "unknown scenario " + name + "; known: " + SCENARIOS.keySet());
      }
      log("scenario " + name + ": " + settings.messages() + " probes");
      Verdict verdict;
      try {
        verdict = scenario.run(harness);
      } catch (Exception e) {
        verdict = broken(name, e);
      }
      log(verdict.tableRow());
      verdict.notes().forEach(note -> log("  " + note));
      verdict.problems().forEach(problem -> log("  PROBLEM: " + problem));
      if (verdict.lost() > 0) {
        log("  lost, first of them: " + verdict.lostIds());
      }
      verdicts.add(verdict);
    }
    Files.createDirectories(settings.workDir());
    Files.writeString(settings.workDir().resolve("reliability.md"), report(verdicts));
    return verdicts;
  }

  /** The report: the table, then each scenario's notes and problems. */
  public String report(List<Verdict> verdicts) {
    StringBuilder report = new StringBuilder();
    report
        .append("Reliability harness, ")
        .append(Instant.now())
        .append(", ")
        .append(settings.messages())
        .append(" probes per scenario, on ")
        .append(machine())
        .append("\n\n")
        .append(Verdict.tableHeader())
        .append('\n');
    verdicts.forEach(verdict -> report.append(verdict.tableRow()).append('\n'));
    for (Verdict verdict : verdicts) {
      report.append('\n').append(verdict.scenario()).append(", ").append(verdict.database());
      report.append(":\n");
      verdict.notes().forEach(note -> report.append("- ").append(note).append('\n'));
      verdict
          .problems()
          .forEach(problem -> report.append("- PROBLEM: ").append(problem).append('\n'));
    }
    return report.toString();
  }

  /** The machine, as far as the harness's JVM sees it. */
  private static String machine() {
    return String.format(
        "%s %s, %d cores, %.0f GiB, Java %s",
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(),
        OperatingSystemMXBean.class
                .cast(ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            / (1024.0 * 1024 * 1024),
        System.getProperty("java.version"));
  }

  private Verdict broken(String name, Exception e) {
    return new Verdict(
        name,
        PostgreSql.configured() ? "PostgreSQL" : "H2",
        0,
        0,
        0,
        0,
        0,
        List.of(),
        List.of("the scenario broke off: " + e),
        List.of());
  }

  private static void log(String line) {
    System.out.println("[reliability] " + line);
  }

  public static void main(String[] args) throws IOException {
    List<Verdict> verdicts = new ReliabilityHarness(Settings.fromSystemProperties()).run();
    System.exit(verdicts.stream().allMatch(Verdict::passed) ? 0 : 1);
  }
}
