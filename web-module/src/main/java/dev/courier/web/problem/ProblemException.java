package dev.courier.web.problem;

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

  public static ProblemException notFound(String detail) {
    return new ProblemException(new Problem("not-found", "Not found", 404, detail));
  }

  public Problem problem() {
    return problem;
  }
}
