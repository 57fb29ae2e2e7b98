package dev.courier.handler;

import dev.courier.routing.RoutingTable;
import dev.courier.transport.Pipeline;
import dev.courier.transport.TransportDefaults;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Collects every {@link MessageHandler} bean at deployment and fails the deployment when a message
 * type has two handlers, or when the routing configuration names a type without a handler or a
 * transport that does not exist: such mistakes show at deploy time, not as poison messages.
 */
public class HandlerDiscovery implements Extension {

  private final Map<String, List<HandlerBinding>> found = new TreeMap<>();
  private volatile Map<String, HandlerBinding> bindings = Map.of();

  <T> void collect(@Observes ProcessManagedBean<T> event) {
    Class<T> beanClass = event.getAnnotatedBeanClass().getJavaClass();
    if (!MessageHandler.class.isAssignableFrom(beanClass)) {
      return;
    }
    Optional<Class<?>> messageClass = HandlerTypes.messageClassOf(beanClass);
    if (messageClass.isEmpty()) {
      event.addDefinitionError(
          new DeploymentException(
              "Courier: handler "
                  + beanClass.getName()
                  + " must implement MessageHandler<T> with T a concrete message record"));
      return;
    }
    if (!messageClass.get().isRecord()) {
      event.addDefinitionError(
          new DeploymentException(
              "Courier: message class "
                  + messageClass.get().getName()
                  + " of handler "
                  + beanClass.getName()
                  + " must be a record"));
      return;
    }
    String type = MessageTypes.nameOf(messageClass.get());
    found
        .computeIfAbsent(type, t -> new ArrayList<>())
        .add(new HandlerBinding(type, messageClass.get(), beanClass));
  }

  void validate(@Observes AfterDeploymentValidation event) {
    List<String> problems = new ArrayList<>(duplicateHandlers());
    problems.addAll(configurationProblems(ConfigProvider.getConfig()));
    problems.forEach(problem -> event.addDeploymentProblem(new DeploymentException(problem)));
    bindings =
        found.entrySet().stream()
            .filter(entry -> entry.getValue().size() == 1)
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().get(0)));
  }

  private List<String> duplicateHandlers() {
    return found.entrySet().stream()
        .filter(entry -> entry.getValue().size() > 1)
        .map(
            entry ->
                "Courier: message type '"
                    + entry.getKey()
                    + "' has "
                    + entry.getValue().size()
                    + " handlers ("
                    + entry.getValue().stream()
                        .map(binding -> binding.handlerClass().getName())
                        .collect(Collectors.joining(", "))
                    + "); a message type must have exactly one")
        .toList();
  }

  private List<String> configurationProblems(Config config) {
    TransportRegistry transports;
    try {
      transports = TransportRegistry.fromConfig(config);
    } catch (IllegalArgumentException e) {
      return List.of("Courier: invalid transport configuration: " + e.getMessage());
    }
    RoutingTable routing = RoutingTable.fromConfig(config, TransportDefaults.DEFAULT_TRANSPORT);
    List<String> problems = new ArrayList<>();
    routing
        .routes()
        .forEach(
            (type, transport) -> {
              if (!found.containsKey(type)) {
                problems.add(
                    "Courier: "
                        + RoutingTable.ROUTE_PREFIX
                        + type
                        + " routes message type '"
                        + type
                        + "', which has no handler (known types: "
                        + found.keySet()
                        + ")");
              }
              if (transports.find(transport).isEmpty()) {
                problems.add(
                    "Courier: "
                        + RoutingTable.ROUTE_PREFIX
                        + type
                        + " names transport '"
                        + transport
                        + "', which does not exist (transports: "
                        + transports.names()
                        + ")");
              }
            });
    if (transports.find(routing.defaultTransport()).isEmpty()) {
      problems.add(
          "Courier: "
              + RoutingTable.DEFAULT_TRANSPORT_KEY
              + " names transport '"
              + routing.defaultTransport()
              + "', which does not exist (transports: "
              + transports.names()
              + ")");
    }
    for (Pipeline pipeline : Pipeline.declared(config)) {
      pipeline
          .input()
          .filter(type -> !found.containsKey(type))
          .ifPresent(
              type ->
                  problems.add(
                      "Courier: pipeline "
                          + pipeline.name()
                          + " starts with message type '"
                          + type
                          + "', which has no handler (known types: "
                          + found.keySet()
                          + ")"));
      pipeline
          .updates()
          .filter(transport -> transports.find(transport).isEmpty())
          .ifPresent(
              transport ->
                  problems.add(
                      "Courier: pipeline "
                          + pipeline.name()
                          + " sends its live updates to transport '"
                          + transport
                          + "', which does not exist (transports: "
                          + transports.names()
                          + ")"));
    }
    return problems;
  }

  /** Message type → its single handler; complete once the deployment is validated. */
  public Map<String, HandlerBinding> bindings() {
    return Collections.unmodifiableMap(bindings);
  }
}
