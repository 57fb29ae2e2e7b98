package dev.courier.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courier.dispatch.Rejection;
import dev.courier.web.paging.ListPage;
import dev.courier.web.paging.Paging;
import dev.courier.web.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  /** Public, as JSON-B reads only what it may access. */
  public record Inner(String zeta, int alpha, Map<String, Long> counts) {}

  @Test
  void recordsAreWrittenInDeclarationOrderNestedOnesToo() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("b", 2L);
    counts.put("a", 1L);

    assertEquals(
        "{\"total\":1,\"page\":0,\"size\":50,\"items\":[{\"zeta\":\"z\",\"alpha\":1,"
            + "\"counts\":{\"b\":2,\"a\":1}}]}",
        ApiJson.toJson(new ListPage<>(1, new Paging(0, 50), List.of(new Inner("z", 1, counts)))));
  }

  @Test
  void nullFieldsAreLeftOutAndTransientOnesNeverWritten() {
    assertEquals(
        "{\"type\":\"https://courier.dev/problems/not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"gone\"}",
        new Problem("not-found", "Not found", 404, "gone").toJson());
    assertEquals(
        "{\"type\":\"https://courier.dev/problems/invalid-request\",\"title\":\"Invalid request\","
            + "\"status\":400,\"detail\":\"d\",\"errors\":[{\"field\":\"type\",\"message\":\"m\"}]}",
        new Problem(
                "invalid-request",
                "Invalid request",
                400,
                "d",
                List.of(new Rejection(Rejection.Kind.UNKNOWN_TYPE, "type", "m")))
            .toJson());
  }
}
