package dev.courier.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.config.TestConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static Config config(Map<String, String> values) {
    return TestConfig.of(values);
  }

  @Test
  void aDeclaredPipelineHasItsStagesInOrderItsJoinsAndItsInputType() {
    List<Pipeline> pipelines =
        Pipeline.declared(
            config(
                Map.of(
                    "courier.pipeline.docs.stages", "fetch, split ,item,finish",
                    "courier.pipeline.docs.joins", "finish",
                    "courier.pipeline.docs.input", "docs.fetch")));

    assertEquals(
        List.of(
            Pipeline.PROBE,
            new Pipeline(
                "docs",
                List.of("fetch", "split", "item", "finish"),
                Set.of("finish"),
                Optional.of("docs.fetch"),
                Optional.empty())),
        pipelines);
    assertTrue(pipelines.get(1).isJoin("finish"));
    assertEquals(Optional.of(2), pipelines.get(1).positionOf("item"));
  }

  @Test
  void theProbePipelineIsAlwaysThere() {
    assertEquals(List.of(Pipeline.PROBE), Pipeline.declared(config(Map.of())));
    assertEquals(Optional.of("courier.probe-run"), Pipeline.PROBE.input());
  }

  @Test
  void aJoinMustBeAStageAfterTheFirst() {
    for (String joins : List.of("fetch", "elsewhere")) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              Pipeline.declared(
                  config(
                      Map.of(
                          "courier.pipeline.docs.stages",
                          "fetch,finish",
                          "courier.pipeline.docs.joins",
                          joins))),
          joins);
    }
  }
}
