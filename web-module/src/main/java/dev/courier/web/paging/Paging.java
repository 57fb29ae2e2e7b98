package dev.courier.web.paging;

import dev.courier.dispatch.Rejection;
import dev.courier.web.limits.RequestLimits;
import dev.courier.web.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/** {@code page} (from 0) and {@code size} (1 to the page-size limit) of a list request. */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  static final int MAX_PAGE = 1_000_000;
  public static final List<String> PARAMETERS = List.of("page", "size");

  /** Reads paging from a query that has no other parameters. */
  public static Paging of(MultivaluedMap<String, String> query, RequestLimits limits) {
    List<Rejection> errors = new ArrayList<>();
    query.keySet().stream()
        .filter(name -> !PARAMETERS.contains(name))
        .sorted()
        .forEach(name -> errors.add(invalid(name, "is not a known parameter")));
    Paging paging = read(query, limits, errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return paging;
  }

  /** Reads paging, adding a field error for each bad value. */
  public static Paging read(
      MultivaluedMap<String, String> query, RequestLimits limits, List<Rejection> errors) {
    return new Paging(
        number(query.getFirst("page"), "page", 0, 0, MAX_PAGE, errors),
        number(query.getFirst("size"), "size", DEFAULT_SIZE, 1, limits.pageSize(), errors));
  }

  private static int number(
      String value, String field, int fallback, int min, int max, List<Rejection> errors) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(invalid(field, "must be a whole number from " + min + " to " + max));
    return fallback;
  }

  private static Rejection invalid(String parameter, String message) {
    return new Rejection(Rejection.Kind.INVALID_REQUEST, parameter, message);
  }
}
