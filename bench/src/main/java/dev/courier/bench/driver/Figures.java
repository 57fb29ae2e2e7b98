package dev.courier.bench.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One benchmark's runs: throughput per run (messages or requests per second), and latencies. */
public record Figures(String name, List<Double> perSecond, long p50Ms, long p99Ms) {

  public Figures {
    perSecond = List.copyOf(perSecond);
  }

  public double median() {
    List<Double> sorted = sorted();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  public double min() {
    return sorted().get(0);
  }

  public double max() {
    return sorted().get(sorted().size() - 1);
  }

  private List<Double> sorted() {
    List<Double> sorted = new ArrayList<>(perSecond);
    sorted.sort(Double::compare);
    return sorted;
  }

  /** A markdown table row: name, median, min–max, p50, p99, ratio to {@code reference}. */
  public String row(Figures reference) {
    return String.format(
        Locale.ROOT,
        "| %s | %,.0f | %,.0f–%,.0f | %s | %s | %s |",
        name,
        median(),
        min(),
        max(),
        p50Ms < 0 ? "" : p50Ms + " ms",
        p99Ms < 0 ? "" : p99Ms + " ms",
        reference == null ? "" : String.format(Locale.ROOT, "%.2f", median() / reference.median()));
  }
}
