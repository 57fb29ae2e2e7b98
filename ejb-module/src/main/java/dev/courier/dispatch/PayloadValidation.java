package dev.courier.dispatch;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a message's Bean Validation constraints. Messages are plain records, never JPA entities,
 * so every property is validated without asking JPA whether it is loaded: the server's default
 * traversable resolver asks every persistence provider for every property, which profiling showed
 * as a third of an in-server dispatch's CPU time.
 */
@ApplicationScoped
public class PayloadValidation {

  @Inject ValidatorFactory factory;

  private Validator validator;

  @PostConstruct
  void build() {
    validator = factory.usingContext().traversableResolver(new EveryProperty()).getValidator();
  }

  /** The message's violations as rejections, ordered by field. */
  List<Rejection> violations(Object message) {
    List<Rejection> rejections = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(message)) {
      rejections.add(
          new Rejection(
              Rejection.Kind.INVALID_PAYLOAD,
              "payload." + violation.getPropertyPath(),
              violation.getMessage()));
    }
    rejections.sort(Comparator.comparing(Rejection::field));
    return rejections;
  }

  /** Every property is reachable and cascadable: a message holds no lazily loaded state. */
  private static final class EveryProperty implements TraversableResolver {

    @Override
    public boolean isReachable(
        Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }
  }
}
