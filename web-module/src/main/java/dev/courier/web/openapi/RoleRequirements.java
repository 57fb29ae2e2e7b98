package dev.courier.web.openapi;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * An operation's security requirement from its resource method's {@code @RolesAllowed} (the
 * method's, else its class's): HTTP Basic with those roles. SmallRye fills roles in on its own only
 * for OAuth 2 and OpenID Connect schemes. The operation is found by its id, which {@code
 * mp.openapi.extensions.smallrye.operationIdStrategy=PACKAGE_CLASS_METHOD} makes the resource
 * class's name and the method's; the id is then shortened to {@code Class_method}.
 */
final class RoleRequirements {

  static final String SCHEME = "basic";

  private RoleRequirements() {}

  static void addTo(Operation operation) {
    String id = operation.getOperationId();
    int split = id == null ? -1 : id.lastIndexOf('_');
    if (split < 0) {
      return;
    }
    String className = id.substring(0, split);
    roles(className, id.substring(split + 1))
        .ifPresent(
            roles ->
                operation.setSecurity(
                    List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, roles))));
    operation.setOperationId(
        className.substring(className.lastIndexOf('.') + 1) + id.substring(split));
  }

  private static Optional<List<String>> roles(String className, String methodName) {
    try {
      Class<?> resource = Class.forName(className, false, RoleRequirements.class.getClassLoader());
      Optional<Method> method =
          Arrays.stream(resource.getMethods())
              .filter(m -> m.getName().equals(methodName))
              .findFirst();
      RolesAllowed roles = method.map(m -> m.getAnnotation(RolesAllowed.class)).orElse(null);
      if (roles == null) {
        roles = resource.getAnnotation(RolesAllowed.class);
      }
      return Optional.ofNullable(roles).map(r -> List.of(r.value()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
