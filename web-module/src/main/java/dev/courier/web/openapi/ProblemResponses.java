package dev.courier.web.openapi;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem+json answers an operation can give: 401 and 403 (every operation is secured), 500,
 * 400 for one that reads a body or parameters, 404 for one with an id or name in its path, 413 and
 * 415 for one that reads a body.
 */
final class ProblemResponses {

  private static final String PROBLEM = "application/problem+json";

  private ProblemResponses() {}

  /** Adds the answers the operation does not document itself. */
  static void addTo(Operation operation, boolean pathVariable) {
    Map<String, String> answers = new TreeMap<>();
    answers.put("401", "No or wrong credentials");
    answers.put("403", "The user lacks the role this operation needs");
    answers.put("500", "The server failed; the reason is in its log");
    boolean body = operation.getRequestBody() != null;
    boolean query = operation.getParameters() != null && !operation.getParameters().isEmpty();
    if (body || query || pathVariable) {
      answers.put("400", "Something in the request is wrong; errors names each field at fault");
    }
    if (pathVariable) {
      answers.put("404", "Nothing has this id or name");
    }
    if (body) {
      answers.put("413", "The body or a payload is larger than the limit");
      answers.put("415", "The body is not application/json");
    }
    answers.forEach(
        (status, description) -> {
          if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, problem(description));
          }
        });
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    PROBLEM,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
  }
}
