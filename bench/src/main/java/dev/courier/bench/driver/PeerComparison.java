package dev.courier.bench.driver;

import dev.courier.bench.driver.SymfonyPeer.PeerFigure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Courier's figures beside the Symfony Messenger peer's, measured in one sitting: for each pair,
 * both medians, their ratio and the ratio the throughput issue asks for.
 */
public final class PeerComparison {

  /**
   * One comparison: Courier's benchmark, the peer's transport and scenario, and the target ratio.
   */
  record Pair(String path, String courier, String peer, double target) {}

  private static final String AMQP = "amqp concurrent";
  private static final String CONFIRM = "amqp+confirm seq";
  private static final String DOCTRINE = "doctrine concurrent";
  private static final String RETRY = "amqp retry";
  private static final String CHAIN = "amqp chain3";
  private static final String REDIS = "redis concurrent";
  private static final String REDIS_THREE_GROUPS = "redis3groups seq";

  static final List<Pair> PAIRS =
      List.of(
          new Pair("end to end, one queue vs Symfony's AMQP default", "courier", AMQP, 1),
          new Pair("the same on the batch transport", "batch", AMQP, 1.5),
          new Pair("a handler writing one row, batch transport", "batch-row", AMQP, 1.5),
          new Pair("end to end, durable on both sides (AMQP with confirms)", "courier", CONFIRM, 0),
          new Pair("the same on the batch transport", "batch", CONFIRM, 4),
          new Pair("a handler writing one row, batch transport", "batch-row", CONFIRM, 4),
          new Pair("end to end vs the Doctrine transport on PostgreSQL", "courier", DOCTRINE, 0),
          new Pair("every message fails once, then succeeds", "retry", RETRY, 0),
          new Pair("the same on the batch transport", "batch-retry", RETRY, 1),
          new Pair(
              "3-stage pipeline runs, tracked, vs a 3-stage chain on AMQP (runs)",
              "pipeline (runs, 3 hops each)",
              CHAIN,
              1.5),
          new Pair(
              "events to one group vs Redis Streams (events)",
              "events-one-group (events published)",
              REDIS,
              1.5),
          new Pair(
              "events to three groups vs Redis Streams, three groups (events)",
              "events-three-groups (events published)",
              REDIS_THREE_GROUPS,
              1.5));

  private PeerComparison() {}

  /** A markdown table; a pair missing on either side is left out. */
  public static String table(Map<String, Figures> courier, List<PeerFigure> peer) {
    StringBuilder table =
        new StringBuilder(
            "| path | Courier /s | Symfony Messenger /s | Courier ÷ Symfony | target |\n"
                + "|---|---|---|---|---|\n");
    for (Pair pair : PAIRS) {
      Figures ours = courier.get(pair.courier());
      Optional<PeerFigure> theirs =
          peer.stream().filter(figure -> figure.label().equals(pair.peer())).findFirst();
      if (ours == null || theirs.isEmpty()) {
        continue;
      }
      double ratio = ours.median() / theirs.get().median();
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f (%s) | %,.0f [%,.0f–%,.0f] (%s, N=%d) | %.2f | %s |%n",
              pair.path(),
              ours.median(),
              pair.courier(),
              theirs.get().median(),
              theirs.get().min(),
              theirs.get().max(),
              pair.peer(),
              theirs.get().messages(),
              ratio,
              pair.target() == 0
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "≥ %.1f: %s",
                      pair.target(),
                      ratio >= pair.target() ? "met" : "not met")));
    }
    return table.toString();
  }
}
