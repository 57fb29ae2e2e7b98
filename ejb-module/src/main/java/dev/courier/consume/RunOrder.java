package dev.courier.consume;

import dev.courier.envelope.EnvelopeProperties;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A batch's deliveries in the order of their pipeline runs, so that every batch locks the runs it
 * tracks ({@code RunTracker}) in one order: two workers with items of the same runs wait for each
 * other instead of deadlocking. The sort is stable: deliveries of no run keep their order, and come
 * first.
 */
final class RunOrder {

  private static final Comparator<Message> BY_RUN =
      Comparator.comparing(RunOrder::runId, Comparator.nullsFirst(Comparator.naturalOrder()));

  private RunOrder() {}

  static List<Message> sorted(List<Message> batch) {
    if (batch.size() < 2) {
      return batch;
    }
    List<Message> sorted = new ArrayList<>(batch);
    sorted.sort(BY_RUN);
    return sorted;
  }

  /** The runs of a sorted batch, each once, in its order. */
  static List<String> runIds(List<Message> sorted) {
    return sorted.stream().map(RunOrder::runId).filter(Objects::nonNull).distinct().toList();
  }

  private static String runId(Message message) {
    try {
      return message.getStringProperty(EnvelopeProperties.RUN_ID);
    } catch (JMSException e) {
      return null;
    }
  }
}
