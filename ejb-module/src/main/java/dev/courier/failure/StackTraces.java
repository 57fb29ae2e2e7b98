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

  private static final String FRAME_INDENT = "\t";
  private static final String FRAME = FRAME_INDENT + "at ";

  /** The frame of Courier's call into a handler. */
  private static final String INVOCATION = "dev.courier.consume.HandlerInvoker.invoke(";

  private StackTraces() {}

  /**
   * The printed stack trace, cut below the handler's invocation: the frames under it are the
   * server's message delivery, the same for every failure (about a hundred of them on WildFly).
   */
  public static String text(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return truncate(belowInvocationOmitted(out.toString()), MAX_STACK_TRACE);
  }

  static String belowInvocationOmitted(String printed) {
    StringBuilder kept = new StringBuilder(Math.min(printed.length(), 8_192));
    int omitted = 0;
    boolean belowInvocation = false;
    for (String line : printed.split("\\R")) {
      boolean frame = line.startsWith(FRAME);
      if (belowInvocation && frame) {
        omitted++;
        continue;
      }
      appendOmitted(kept, omitted);
      omitted = 0;
      belowInvocation = frame && isInvocation(line);
      kept.append(line).append('\n');
    }
    appendOmitted(kept, omitted);
    return kept.toString();
  }

  /**
   * A frame names its class loader and module before the class when it has them, e.g. {@code at
   * deployment.courier.ear.courier-ejb.jar//dev.courier…} on WildFly.
   */
  private static boolean isInvocation(String frame) {
    return frame.startsWith(INVOCATION, FRAME.length()) || frame.contains("/" + INVOCATION);
  }

  private static void appendOmitted(StringBuilder kept, int omitted) {
    if (omitted > 0) {
      kept.append(FRAME_INDENT).append("... ").append(omitted).append(" server frames\n");
    }
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

  public static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
