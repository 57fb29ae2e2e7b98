package dev.courier.web.problem;

import dev.courier.dispatch.Rejection;
import java.util.List;
import java.util.stream.Collectors;

/** Ends a request with the given problem. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public static ProblemException badRequest(String slug, String title, String detail) {
    return new ProblemException(new Problem(slug, title, 400, detail));
  }

  /** A 400 naming each request field at fault. */
  private static ProblemException invalid(List<Rejection> errors) {
    String detail =
        errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    return new ProblemException(
        new Problem("invalid-request", "Invalid request", 400, detail, errors));
  }

  /** Ends the request with a 400 naming each field at fault, if there is one. */
  public static void throwIfAny(List<Rejection> errors) {
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(new Problem("not-found", "Not found", 404, detail));
  }

  public Problem problem() {
    return problem;
  }
}
