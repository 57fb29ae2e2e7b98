package dev.courier.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.courier.envelope.EnvelopeProperties;
import jakarta.jms.Message;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunOrderTest {

  /** A message with a name (its JMS message id) and, when runId is not null, a run. */
  private static Message message(String name, String runId) {
    return (Message)
        Proxy.newProxyInstance(
            Message.class.getClassLoader(),
            new Class<?>[] {Message.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getStringProperty" ->
                      EnvelopeProperties.RUN_ID.equals(args[0]) ? runId : null;
                  case "getJMSMessageID", "toString" -> name;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static List<String> names(List<Message> messages) {
    return messages.stream().map(Object::toString).toList();
  }

  @Test
  void deliveriesOfRunsComeInTheOrderOfTheirRunIds() {
    List<Message> batch =
        List.of(message("b1", "run-b"), message("a1", "run-a"), message("b2", "run-b"));
    assertEquals(List.of("a1", "b1", "b2"), names(RunOrder.sorted(batch)));
  }

  @Test
  void deliveriesOfNoRunKeepTheirOrderAndComeFirst() {
    List<Message> batch =
        List.of(message("x", null), message("r", "run-a"), message("y", null), message("z", null));
    assertEquals(List.of("x", "y", "z", "r"), names(RunOrder.sorted(batch)));
  }

  @Test
  void aBatchOfOneIsItself() {
    List<Message> batch = List.of(message("only", "run-a"));
    assertEquals(batch, RunOrder.sorted(batch));
  }

  @Test
  void theRunsOfASortedBatchAreListedOnceInItsOrder() {
    List<Message> sorted =
        RunOrder.sorted(
            List.of(
                message("b1", "run-b"),
                message("x", null),
                message("a1", "run-a"),
                message("b2", "run-b")));
    assertEquals(List.of("run-a", "run-b"), RunOrder.runIds(sorted));
  }
}
