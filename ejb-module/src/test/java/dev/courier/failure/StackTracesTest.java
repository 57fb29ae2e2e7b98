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

  @Test
  void framesBelowTheHandlerInvocationAreCounted() {
    String printed =
        String.join(
            "\n",
            "java.lang.IllegalStateException: boom",
            "\tat com.example.SendEmailHandler.handle(SendEmailHandler.java:12)",
            "\tat dev.courier.consume.HandlerInvoker.invoke(HandlerInvoker.java:40)",
            "\tat org.jboss.weld.Proxy.invoke(Proxy.java:1)",
            "\tat org.jboss.as.ejb3.Mdb.onMessage(Mdb.java:2)",
            "Caused by: java.io.IOException: refused",
            "\tat com.example.Smtp.send(Smtp.java:7)",
            "\t... 3 more");

    assertEquals(
        String.join(
            "\n",
            "java.lang.IllegalStateException: boom",
            "\tat com.example.SendEmailHandler.handle(SendEmailHandler.java:12)",
            "\tat dev.courier.consume.HandlerInvoker.invoke(HandlerInvoker.java:40)",
            "\t... 2 server frames",
            "Caused by: java.io.IOException: refused",
            "\tat com.example.Smtp.send(Smtp.java:7)",
            "\t... 3 more",
            ""),
        StackTraces.belowInvocationOmitted(printed));
  }

  @Test
  void framesNamingTheirClassLoaderAreRecognised() {
    String printed =
        String.join(
            "\n",
            "java.lang.IllegalStateException: boom",
            "\tat deployment.app.ear.app.jar//com.example.SendEmailHandler.handle(SendEmailHandler.java:12)",
            "\tat deployment.courier.ear.courier-ejb.jar//dev.courier.consume.HandlerInvoker.invoke(HandlerInvoker.java:28)",
            "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
            "\tat org.jboss.weld.core@5.1.6.Final//org.jboss.weld.Proxy.invoke(Proxy.java:1)");

    String kept = StackTraces.belowInvocationOmitted(printed);

    assertTrue(kept.endsWith("HandlerInvoker.java:28)\n\t... 2 server frames\n"), kept);
  }

  @Test
  void aTraceWithoutAHandlerInvocationIsKeptWhole() {
    String printed = StackTraces.text(thrownHere());

    assertTrue(printed.contains("\tat " + StackTracesTest.class.getName() + ".thrownHere("));
    assertTrue(printed.contains("org.junit"), printed);
    assertTrue(!printed.contains("server frames"), printed);
  }
}
