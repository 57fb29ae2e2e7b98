package dev.courier.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptTrailTest {

  @Test
  void eachRetryCarriesTheErrorsOfTheEarlierAttemptsOldestFirst() {
    String first = AttemptTrail.with(null, "m-1", 0, new IllegalStateException("smtp down"));
    String second = AttemptTrail.with(first, "m-1", 1, new IllegalArgumentException("bad address"));

    List<MessageError> errors = AttemptTrail.read("m-1", second);

    assertEquals(List.of(0, 1), errors.stream().map(MessageError::attempt).toList());
    assertEquals(IllegalStateException.class.getName(), errors.get(0).errorClass());
    assertEquals("bad address", errors.get(1).message());
    assertTrue(errors.get(1).stackTrace().contains("AttemptTrailTest"), errors.get(1).stackTrace());
    assertEquals("m-1", errors.get(1).messageId());
  }

  @Test
  void onlyTheNewestAttemptsAreKeptAndLongTextsAreCut() {
    String trail = null;
    for (int attempt = 0; attempt < AttemptTrail.KEPT + 5; attempt++) {
      trail = AttemptTrail.with(trail, "m-2", attempt, new RuntimeException("x".repeat(5_000)));
    }

    List<MessageError> errors = AttemptTrail.read("m-2", trail);

    assertEquals(AttemptTrail.KEPT, errors.size());
    assertEquals(5, errors.get(0).attempt());
    assertEquals(AttemptTrail.KEPT + 4, errors.get(AttemptTrail.KEPT - 1).attempt());
    assertEquals(AttemptTrail.MESSAGE_CHARS, errors.get(0).message().length());
    assertTrue(errors.get(0).stackTrace().length() <= AttemptTrail.TRACE_CHARS);
  }

  @Test
  void aMissingOrBrokenTrailHoldsNothing() {
    assertEquals(List.of(), AttemptTrail.read("m-3", null));
    assertEquals(List.of(), AttemptTrail.read("m-3", 42));
    assertEquals(List.of(), AttemptTrail.read("m-3", "not json"));
    assertEquals(List.of(), AttemptTrail.read("m-3", "[{\"attempt\":\"one\"}]"));
    assertEquals(List.of(), AttemptTrail.read("m-3", "{}"));
    assertEquals(
        1,
        AttemptTrail.read("m-3", AttemptTrail.with("not json", "m-3", 0, new Exception())).size());
  }
}
