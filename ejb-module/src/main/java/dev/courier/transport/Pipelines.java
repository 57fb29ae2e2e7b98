package dev.courier.transport;

import java.util.List;
import java.util.Optional;

/** The pipelines of this node ({@link Pipeline#declared}), by name and by stage. */
public final class Pipelines {

  private final List<Pipeline> all;

  public Pipelines(List<Pipeline> all) {
    this.all = List.copyOf(all);
  }

  public List<Pipeline> all() {
    return all;
  }

  public Optional<Pipeline> find(String name) {
    return all.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The pipeline a stage transport belongs to; empty for any other transport. */
  public Optional<Pipeline> ofStage(String transport) {
    return all.stream().filter(p -> p.stages().contains(transport)).findFirst();
  }
}
