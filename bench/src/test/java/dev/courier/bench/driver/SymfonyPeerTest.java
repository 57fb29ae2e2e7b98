package dev.courier.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.bench.driver.SymfonyPeer.PeerFigure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SymfonyPeerTest {

  private static final String SUMMARY =
      "\n# median [min..max] over 3 runs, msgs/s  (load at end: 1.2 1.0 0.9)\n"
          + "amqp           php  concurrent N=20000  dispatch_msgs_per_s=9000 [8000..9500]"
          + " consume_msgs_per_s=4200 [4100..4500] end_to_end_msgs_per_s=4072 [4058..4405] runs=3\n"
          + "amqp           php  retry      N=20000  dispatch_msgs_per_s=9100 [9000..9200]"
          + " consume_msgs_per_s=1700 [1400..1710] end_to_end_msgs_per_s=1682 [1371..1703] runs=3\n"
          + "amqp+confirm   php  seq        N=5000   dispatch_msgs_per_s=1500 [1100..1600]"
          + " consume_msgs_per_s=4000 [3900..4100] end_to_end_msgs_per_s=1328 [1033..1421] runs=3\n"
          + "amqp           php  chain3     N=5000   dispatch_msgs_per_s=9000 [8000..9500]"
          + " consume_msgs_per_s=1400 [1300..1500] end_to_end_msgs_per_s=1355 [1200..1400] runs=3\n"
          + "redis3groups   php  seq        N=20000  dispatch_msgs_per_s=9000 [8000..9500]"
          + " consume_msgs_per_s=3000 [2900..3100] end_to_end_msgs_per_s=2900 [2800..3000] runs=3\n";

  @Test
  void theSummaryLinesAreRead() {
    List<PeerFigure> figures = SymfonyPeer.parse(SUMMARY);
    assertEquals(5, figures.size());
    assertEquals(new PeerFigure("amqp", "concurrent", 20000, 4072, 4058, 4405), figures.get(0));
    assertEquals("amqp+confirm seq", figures.get(2).label());
  }

  @Test
  void theComparisonGivesRatiosAndWhetherTargetsAreMet() {
    Map<String, Figures> courier =
        Map.of(
            "courier",
            new Figures("courier", List.of(3000.0, 2900.0, 3100.0), 1, 2),
            "batch",
            new Figures("batch", List.of(6200.0, 6000.0, 6400.0), 1, 2),
            "batch-retry",
            new Figures("batch-retry", List.of(900.0, 921.0, 950.0), 1, 2),
            "pipeline (runs, 3 hops each)",
            new Figures("pipeline (runs, 3 hops each)", List.of(2100.0, 2000.0, 2200.0), 1, 2),
            "events-three-groups (events published)",
            new Figures(
                "events-three-groups (events published)", List.of(900.0, 897.0, 950.0), 1, 2));
    String table = PeerComparison.table(courier, SymfonyPeer.parse(SUMMARY));
    assertTrue(
        table.contains(
            "| 6,200 (batch) | 4,072 [4,058–4,405] (amqp concurrent, N=20000) | 1.52 | ≥ 1.5: met |"),
        table);
    assertTrue(
        table.contains(
            "| 3,000 (courier) | 4,072 [4,058–4,405] (amqp concurrent, N=20000) | 0.74 | ≥ 1.0: not"
                + " met |"),
        table);
    assertTrue(table.contains("| 0.55 | ≥ 1.0: not met |"), table);
    assertTrue(table.contains("| 4.67 | ≥ 4.0: met |"), table);
    assertTrue(
        table.contains(
            "| 2,100 (pipeline (runs, 3 hops each)) | 1,355 [1,200–1,400] (amqp chain3, N=5000) |"
                + " 1.55 | ≥ 1.5: met |"),
        table);
    assertTrue(table.contains("(redis3groups seq, N=20000) | 0.31 | ≥ 1.5: not met |"), table);
    assertTrue(!table.contains("doctrine"), "no Doctrine figure was given: " + table);
    assertTrue(!table.contains("redis concurrent"), "no one-group figure was given: " + table);
  }

  @Test
  void aMissingPeerIsSaidPlainly() {
    assertTrue(
        new SymfonyPeer(Path.of("/nonexistent/peer"))
            .unavailable()
            .orElseThrow()
            .contains("/nonexistent/peer"));
  }
}
