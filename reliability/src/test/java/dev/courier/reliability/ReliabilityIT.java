package dev.courier.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reliability harness on the run command's server: in every mvn verify a short round (a few
 * hundred probes, one kill -9), so the harness cannot rot; with the settings of
 * docs/reliability.md, the full run. Fails on any probe lost, or any scenario check that failed.
 */
class ReliabilityIT {

  @Test
  void everyAcceptedProbeIsHandledOrInTheFailureStore() throws Exception {
    ReliabilityHarness harness = new ReliabilityHarness(Settings.fromSystemProperties());
    List<Verdict> verdicts = harness.run();
    String report = harness.report(verdicts);
    System.out.println(report);
    assertTrue(!verdicts.isEmpty(), "no scenario ran");
    for (Verdict verdict : verdicts) {
      assertTrue(verdict.passed(), verdict.scenario() + " failed:\n" + report);
      assertTrue(verdict.handled() > 0, verdict.scenario() + " handled nothing:\n" + report);
    }
  }
}
