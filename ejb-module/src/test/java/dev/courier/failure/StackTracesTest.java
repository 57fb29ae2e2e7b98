package dev.courier.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StackTracesTest {

  private static IllegalStateException thrownHere() {
    return new IllegalStateException("boom");
  }

  @Test
  void theTopFrameHasNoLineNumber() {
    assertEquals(
        StackTracesTest.class.getName() + ".thrownHere", StackTraces.topFrame(thrownHere()));
  }

  @Test
  void theFingerprintDependsOnTypeErrorClassAndTopFrame() {
    String a = StackTraces.fingerprint("SendEmail", "java.io.IOException", "a.B.c");

    assertEquals(16, a.length());
    assertEquals(a, StackTraces.fingerprint("SendEmail", "java.io.IOException", "a.B.c"));
    assertNotEquals(a, StackTraces.fingerprint("GenerateOffer", "java.io.IOException", "a.B.c"));
    assertNotEquals(
        a, StackTraces.fingerprint("SendEmail", "java.lang.IllegalStateException", "a.B.c"));
    assertNotEquals(a, StackTraces.fingerprint("SendEmail", "java.io.IOException", "a.B.d"));
  }

  @Test
  void longTextsAreTruncated() {
    assertEquals(
        4_000, StackTraces.message(new IllegalStateException("x".repeat(10_000))).length());
    assertTrue(StackTraces.text(thrownHere()).startsWith("java.lang.IllegalStateException: boom"));
  }
}
