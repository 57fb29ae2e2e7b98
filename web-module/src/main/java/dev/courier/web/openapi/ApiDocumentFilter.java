package dev.courier.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Completes the generated OpenAPI document: each operation gets its roles ({@link
 * RoleRequirements}) and its problem answers ({@link ProblemResponses}). Registered by {@code
 * mp.openapi.filter} in the web module's {@code microprofile-config.properties}.
 */
public class ApiDocumentFilter implements OASFilter {

  @Override
  public PathItem filterPathItem(PathItem item) {
    for (Operation operation : item.getOperations().values()) {
      RoleRequirements.addTo(operation);
      ProblemResponses.addTo(
          operation,
          hasPathParameter(item.getParameters()) || hasPathParameter(operation.getParameters()));
    }
    return item;
  }

  private static boolean hasPathParameter(List<Parameter> parameters) {
    return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
  }
}
