package dev.courier.reliability;

import java.util.List;

/**
 * What became of the accepted probes of one scenario.
 *
 * @param lost accepted, but after the settling time neither handled nor in the failure store
 * @param duplicates deliveries of probes that had been handled already (at-least-once)
 * @param problems checks of the scenario itself that failed (e.g. readiness never went DOWN)
 * @param notes what the scenario observed on the way, for the report
 */
record Verdict(
    String scenario,
    String database,
    int accepted,
    int handled,
    int failed,
    int lost,
    int duplicates,
    List<String> lostIds,
    List<String> problems,
    List<String> notes) {

  boolean passed() {
    return lost == 0 && accepted > 0 && problems.isEmpty();
  }

  static String tableHeader() {
    return "| scenario | database | accepted | handled | in the failure store | lost | duplicates |"
        + " verdict |\n|---|---|---|---|---|---|---|---|";
  }

  String tableRow() {
    return String.format(
        "| %s | %s | %,d | %,d | %,d | %,d | %,d | %s |",
        scenario,
        database,
        accepted,
        handled,
        failed,
        lost,
        duplicates,
        passed() ? "pass" : "FAIL");
  }
}
