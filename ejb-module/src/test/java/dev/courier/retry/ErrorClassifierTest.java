package dev.courier.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

  @Test
  void anUnrecoverableExceptionIsNeverRetried() {
    assertFalse(
        ErrorClassifier.classify(new UnrecoverableMessageException("bad data"), Set.of())
            .recoverable());
  }

  @Test
  void anUnrecoverableCauseIsFoundInTheChain() {
    Exception wrapped =
        new IllegalStateException("wrapper", new UnrecoverableMessageException("bad data"));

    assertFalse(ErrorClassifier.classify(wrapped, Set.of()).recoverable());
  }

  @Test
  void aRecoverableExceptionIsRetriedWithItsOwnDelayIfItHasOne() {
    ErrorClassifier.Classification plain =
        ErrorClassifier.classify(new RecoverableMessageException("busy"), Set.of());
    ErrorClassifier.Classification later =
        ErrorClassifier.classify(
            new RecoverableMessageException("busy", null, Duration.ofSeconds(30)), Set.of());

    assertTrue(plain.recoverable());
    assertEquals(Optional.empty(), plain.retryDelayMs());
    assertTrue(later.recoverable());
    assertEquals(Optional.of(30_000L), later.retryDelayMs());
  }

  @Test
  void anyOtherExceptionIsRecoverable() {
    assertTrue(ErrorClassifier.classify(new IOException("timeout"), Set.of()).recoverable());
  }

  @Test
  void aListedClassAndItsSubclassesAreUnrecoverable() {
    Set<String> unrecoverable = Set.of("java.io.IOException");

    assertFalse(ErrorClassifier.classify(new IOException("x"), unrecoverable).recoverable());
    assertFalse(
        ErrorClassifier.classify(new FileNotFoundException("x"), unrecoverable).recoverable());
    assertTrue(
        ErrorClassifier.classify(new IllegalStateException("x"), unrecoverable).recoverable());
  }

  @Test
  void anExplicitlyRecoverableExceptionWinsOverTheList() {
    assertTrue(
        ErrorClassifier.classify(
                new RecoverableMessageException("busy"), Set.of("java.lang.RuntimeException"))
            .recoverable());
  }
}
