package dev.courier.failure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What the failure store keeps of an exception, and how it groups failures. */
public final class StackTraces {

  static final int MAX_STACK_TRACE = 100_000;
  static final int MAX_MESSAGE = 4_000;

  private StackTraces() {}

  public static String text(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return truncate(out.toString(), MAX_STACK_TRACE);
  }

  public static String message(Throwable failure) {
    return failure.getMessage() == null ? "" : truncate(failure.getMessage(), MAX_MESSAGE);
  }

  /** The frame that threw, without its line number, so a new build keeps the same groups. */
  public static String topFrame(Throwable failure) {
    StackTraceElement[] frames = failure.getStackTrace();
    return frames.length == 0 ? "" : frames[0].getClassName() + "." + frames[0].getMethodName();
  }

  /** Failures of one type, with one error class thrown from one place, share a fingerprint. */
  public static String fingerprint(String type, String errorClass, String topFrame) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (type + '\n' + errorClass + '\n' + topFrame).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
