package dev.courier.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusWriterTest {

  @Test
  void familiesAndSamplesFollowTheTextFormat() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("type", "a\"b\\c\nd");
    labels.put("le", "+Inf");
    String text =
        new PrometheusWriter()
            .family("x_total", "counter", "Things.")
            .sample("x_total", labels, 3)
            .sample("x_total", Map.of(), 0.25)
            .toString();

    assertEquals(
        "# HELP x_total Things.\n"
            + "# TYPE x_total counter\n"
            + "x_total{type=\"a\\\"b\\\\c\\nd\",le=\"+Inf\"} 3\n"
            + "x_total 0.25\n",
        text);
  }

  @Test
  void numbersAreWrittenPlainly() {
    assertEquals("+Inf", PrometheusWriter.format(Double.POSITIVE_INFINITY));
    assertEquals("12", PrometheusWriter.format(12.0));
    assertEquals("0.005", PrometheusWriter.format(0.005));
  }
}
