package dev.courier.reliability;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cleanup schedule's slots in a window while several nodes held its timer (every two seconds,
 * {@link ScheduleRunsCheck#ENVIRONMENT}): each slot must have run once — on one node, never on two
 * — and hardly a slot may be missing.
 */
final class ScheduleSlots {

  /**
   * What the window held.
   *
   * @param slots slots that ran
   * @param twice slots that ran on more than one node, or more than once
   * @param handled runs whose message was handled
   * @param failed runs whose message went to the failure store
   * @param dispatched runs whose message is still out
   */
  record Window(
      int slots,
      int twice,
      int handled,
      int failed,
      int dispatched,
      List<String> problems,
      String note) {}

  private ScheduleSlots() {}

  /** The runs of slots in [from, to), as the API reports them now. */
  static Window check(CourierApi api, Instant from, Instant to)
      throws IOException, InterruptedException {
    List<JsonObject> runs =
        api.scheduleRuns(ScheduleRunsCheck.SCHEDULE).stream()
            .filter(run -> !run.isNull("slot"))
            .filter(run -> inWindow(run.getString("slot"), from, to))
            .toList();
    Map<String, Long> perSlot =
        runs.stream()
            .collect(Collectors.groupingBy(run -> run.getString("slot"), Collectors.counting()));
    long seconds = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
    List<String> problems = new ArrayList<>();
    int twice = (int) perSlot.values().stream().filter(count -> count > 1).count();
    if (twice > 0) {
      problems.add(twice + " slots ran more than once: " + duplicated(perSlot));
    }
    if (perSlot.size() < seconds / 2 - 3) {
      problems.add(
          "only " + perSlot.size() + " slots ran in " + seconds + " s of a schedule every 2 s");
    }
    Map<String, Long> perNode =
        runs.stream()
            .collect(Collectors.groupingBy(run -> run.getString("node"), Collectors.counting()));
    String note =
        perSlot.size()
            + " slots of the cleanup schedule in "
            + seconds
            + " s with every node up, "
            + twice
            + " of them run twice; runs by node: "
            + perNode;
    return new Window(
        perSlot.size(),
        twice,
        count(runs, "handled"),
        count(runs, "failed"),
        count(runs, "dispatched"),
        problems,
        note);
  }

  private static boolean inWindow(String slot, Instant from, Instant to) {
    Instant at = Instant.parse(slot);
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static int count(List<JsonObject> runs, String status) {
    return (int) runs.stream().filter(run -> status.equals(run.getString("status"))).count();
  }

  private static List<String> duplicated(Map<String, Long> perSlot) {
    return perSlot.entrySet().stream()
        .filter(entry -> entry.getValue() > 1)
        .map(Map.Entry::getKey)
        .limit(10)
        .toList();
  }
}
