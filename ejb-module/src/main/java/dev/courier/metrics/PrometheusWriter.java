package dev.courier.metrics;

import java.util.Locale;
import java.util.Map;

/** Writes the Prometheus text exposition format (version 0.0.4): families, samples, labels. */
final class PrometheusWriter {

  private final StringBuilder text = new StringBuilder();

  /** Starts a metric family; its samples follow. */
  PrometheusWriter family(String name, String type, String help) {
    text.append("# HELP ").append(name).append(' ').append(help).append('\n');
    text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    return this;
  }

  PrometheusWriter sample(String name, Map<String, String> labels, double value) {
    text.append(name);
    if (!labels.isEmpty()) {
      text.append('{');
      String separator = "";
      for (Map.Entry<String, String> label : labels.entrySet()) {
        text.append(separator).append(label.getKey()).append("=\"");
        text.append(escape(label.getValue())).append('"');
        separator = ",";
      }
      text.append('}');
    }
    text.append(' ').append(format(value)).append('\n');
    return this;
  }

  static String format(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }

  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
