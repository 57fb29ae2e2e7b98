package dev.courier.pipeline;

/** A run was asked of a pipeline this node does not declare. */
public class UnknownPipelineException extends RuntimeException {

  public UnknownPipelineException(String name, java.util.List<String> known) {
    super("unknown pipeline '" + name + "'; known pipelines: " + known);
  }
}
