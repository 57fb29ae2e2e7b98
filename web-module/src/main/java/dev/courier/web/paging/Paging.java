package dev.courier.web.paging;

import dev.courier.dispatch.Rejection;
import dev.courier.web.json.RequestFields;
import dev.courier.web.json.RequestReader;
import dev.courier.web.limits.RequestLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** {@code page} (from 0) and {@code size} (1 to the page-size limit) of a list request. */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  static final int MAX_PAGE = 1_000_000;

  /** The query parameters, as sent. */
  public record Parameters(@Min(0) @Max(MAX_PAGE) Integer page, @Min(1) Integer size) {}

  /** Reads paging from a query, adding a rejection for each bad value. */
  public static Paging read(
      RequestFields query, RequestReader reader, RequestLimits limits, List<Rejection> out) {
    Parameters parameters = reader.read(query, Parameters.class, out);
    int size = parameters.size() == null ? DEFAULT_SIZE : parameters.size();
    if (size > limits.pageSize()) {
      out.add(
          new Rejection(
              Rejection.Kind.INVALID_REQUEST,
              "size",
              "must be less than or equal to " + limits.pageSize()));
    }
    return new Paging(parameters.page() == null ? 0 : parameters.page(), size);
  }
}
