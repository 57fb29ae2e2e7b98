package dev.courier.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RememberedFailuresTest {

  @Test
  void aFailureIsGivenBackOnceForItsMessageAndAttempt() {
    RememberedFailures remembered = new RememberedFailures();
    IllegalStateException failure = new IllegalStateException("smtp down");
    remembered.remember("m-1", 0, failure);

    assertTrue(remembered.take("m-1", 1).isEmpty(), "another attempt has no failure of its own");
    assertTrue(remembered.take("m-2", 0).isEmpty());
    assertEquals(Optional.of(failure), remembered.take("m-1", 0));
    assertTrue(remembered.take("m-1", 0).isEmpty(), "taken once");
  }

  @Test
  void theOldestAreForgottenBeyondTheLimit() {
    RememberedFailures remembered = new RememberedFailures();
    for (int i = 0; i <= RememberedFailures.KEPT; i++) {
      remembered.remember("m-" + i, 0, new RuntimeException());
    }

    assertTrue(remembered.take("m-0", 0).isEmpty());
    assertTrue(remembered.take("m-1", 0).isPresent());
    assertTrue(remembered.take("m-" + RememberedFailures.KEPT, 0).isPresent());
  }
}
