package dev.courier.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * A pipeline as configuration declares it: {@code
 * courier.pipeline.<name>.stages=<stage>,<stage>,…}, in order. Each stage is a transport of its
 * own, named after the stage, with its own queue ({@code courier.<stage>}) and consumer pool,
 * configured by {@code courier.transport.<stage>.*}.
 */
public record Pipeline(String name, List<String> stages) {

  static final String PREFIX = "courier.pipeline.";
  static final String SUFFIX = ".stages";

  public Pipeline {
    stages = List.copyOf(stages);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("pipeline " + name + " declares no stage");
    }
    if (new TreeSet<>(stages).size() != stages.size()) {
      throw new IllegalArgumentException("pipeline " + name + " names a stage twice: " + stages);
    }
  }

  /** Every pipeline the configuration declares, by name. */
  public static List<Pipeline> declared(Config config) {
    List<Pipeline> pipelines = new ArrayList<>();
    new TreeSet<String>(toList(config.getPropertyNames()))
        .stream()
            .filter(key -> key.startsWith(PREFIX) && key.endsWith(SUFFIX))
            .forEach(
                key ->
                    pipelines.add(
                        new Pipeline(
                            key.substring(PREFIX.length(), key.length() - SUFFIX.length()),
                            Arrays.stream(config.getValue(key, String.class).split(","))
                                .map(String::trim)
                                .filter(stage -> !stage.isEmpty())
                                .toList())));
    return pipelines;
  }

  private static List<String> toList(Iterable<String> names) {
    List<String> list = new ArrayList<>();
    names.forEach(list::add);
    return list;
  }
}
