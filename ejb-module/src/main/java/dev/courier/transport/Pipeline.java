package dev.courier.transport;

import dev.courier.config.ConfigNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * A pipeline as configuration declares it: {@code
 * courier.pipeline.<name>.stages=<stage>,<stage>,…}, in order, {@code
 * courier.pipeline.<name>.input=<message type>} (what a run starts with; it goes to the first
 * stage), and optionally {@code courier.pipeline.<name>.joins=<stage>,…} and {@code
 * courier.pipeline.<name>.updates=<transport>}, the transport of its runs' live updates (else
 * {@code run_updates}). Each stage is a transport of its own, named after the stage, with its own
 * queue ({@code courier.<stage>}) and consumer pool, configured by {@code
 * courier.transport.<stage>.*}.
 *
 * <p>A join stage runs once per run, when every stage before it is done: a message emitted to it is
 * held by the run until then (a chord's callback, a batch's on-complete).
 */
public record Pipeline(
    String name,
    List<String> stages,
    Set<String> joins,
    Optional<String> input,
    Optional<String> updates) {

  static final String PREFIX = "courier.pipeline.";
  static final String STAGES = ".stages";
  static final String JOINS = ".joins";
  static final String INPUT = ".input";
  static final String UPDATES = ".updates";

  /** Courier's own pipeline, for checking the path end to end (dev.courier.probe.pipeline). */
  public static final Pipeline PROBE =
      new Pipeline(
          "courier.probe",
          List.of("probe_start", "probe_items", "probe_finish"),
          Set.of("probe_finish"),
          Optional.of("courier.probe-run"),
          Optional.empty());

  public Pipeline {
    stages = List.copyOf(stages);
    joins = Set.copyOf(joins);
    java.util.Objects.requireNonNull(input, "input");
    java.util.Objects.requireNonNull(updates, "updates");
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("pipeline " + name + " declares no stage");
    }
    if (new TreeSet<>(stages).size() != stages.size()) {
      throw new IllegalArgumentException("pipeline " + name + " names a stage twice: " + stages);
    }
    for (String join : joins) {
      if (stages.indexOf(join) < 1) {
        throw new IllegalArgumentException(
            "pipeline "
                + name
                + ": join "
                + join
                + " must be one of its stages after the first, "
                + stages);
      }
    }
  }

  public String firstStage() {
    return stages.get(0);
  }

  public boolean isJoin(String stage) {
    return joins.contains(stage);
  }

  /** The stage's place in the run, 0 for the first; empty when it is not one of this pipeline. */
  public Optional<Integer> positionOf(String stage) {
    int position = stages.indexOf(stage);
    return position < 0 ? Optional.empty() : Optional.of(position);
  }

  /** The probe pipeline, then every pipeline the configuration declares, by name. */
  public static List<Pipeline> declared(Config config) {
    List<Pipeline> pipelines = new ArrayList<>();
    pipelines.add(PROBE);
    ConfigNames.of(config).stream()
        .filter(key -> key.startsWith(PREFIX) && key.endsWith(STAGES))
        .map(key -> key.substring(PREFIX.length(), key.length() - STAGES.length()))
        .forEach(
            name ->
                pipelines.add(
                    new Pipeline(
                        name,
                        names(config, PREFIX + name + STAGES),
                        Set.copyOf(names(config, PREFIX + name + JOINS)),
                        text(config, PREFIX + name + INPUT),
                        text(config, PREFIX + name + UPDATES))));
    return pipelines;
  }

  private static Optional<String> text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::trim);
  }

  private static List<String> names(Config config, String key) {
    return config
        .getOptionalValue(key, String.class)
        .map(
            value ->
                Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(stage -> !stage.isEmpty())
                    .toList())
        .orElse(List.of());
  }
}
