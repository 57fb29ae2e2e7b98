package dev.courier.dispatch;

import java.util.List;
import java.util.stream.Collectors;

/** Nothing was sent: at least one message was invalid. Carries every reason found. */
public class DispatchRejectedException extends RuntimeException {

  private final List<Rejection> rejections;

  public DispatchRejectedException(List<Rejection> rejections) {
    super(describe(rejections));
    if (rejections.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs at least one reason");
    }
    this.rejections = List.copyOf(rejections);
  }

  public DispatchRejectedException(Rejection rejection) {
    this(List.of(rejection));
  }

  public List<Rejection> rejections() {
    return rejections;
  }

  /** The kind shared by every reason, or INVALID_REQUEST when they differ. */
  public Rejection.Kind kind() {
    Rejection.Kind first = rejections.get(0).kind();
    return rejections.stream().allMatch(r -> r.kind() == first)
        ? first
        : Rejection.Kind.INVALID_REQUEST;
  }

  private static String describe(List<Rejection> rejections) {
    String all =
        rejections.stream()
            .map(r -> r.field() + ": " + r.message())
            .collect(Collectors.joining("; "));
    return rejections.size() == 1 ? all : rejections.size() + " problems: " + all;
  }
}
