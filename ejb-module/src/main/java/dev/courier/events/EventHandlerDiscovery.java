package dev.courier.events;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Collects every {@link EventHandler} bean and its {@link Subscribe} at deployment, and fails the
 * deployment when a handler subscribes to an unknown event type or for an undeclared group, when a
 * group does not read the stream of a type it subscribes to, or when a group has two handlers for
 * one type.
 */
public class EventHandlerDiscovery implements Extension {

  private final Map<String, Map<String, List<Class<?>>>> found = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private volatile Map<String, Map<String, Class<?>>> bindings = Map.of();

  <T> void collect(@Observes ProcessManagedBean<T> event) {
    Class<T> beanClass = event.getAnnotatedBeanClass().getJavaClass();
    if (!EventHandler.class.isAssignableFrom(beanClass)) {
      return;
    }
    Subscribe subscribe = beanClass.getAnnotation(Subscribe.class);
    if (subscribe == null || subscribe.groups().length == 0 || subscribe.types().length == 0) {
      problems.add(
          "Courier: event handler "
              + beanClass.getName()
              + " needs @Subscribe with at least one group and one event type");
      return;
    }
    for (String group : subscribe.groups()) {
      for (String type : subscribe.types()) {
        found
            .computeIfAbsent(group, g -> new TreeMap<>())
            .computeIfAbsent(type, t -> new ArrayList<>())
            .add(beanClass);
      }
    }
  }

  void validate(@Observes AfterDeploymentValidation event) {
    List<String> all = new ArrayList<>(problems);
    try {
      all.addAll(problemsWith(EventStreams.fromConfig(ConfigProvider.getConfig())));
    } catch (IllegalArgumentException e) {
      all.add("Courier: invalid event configuration: " + e.getMessage());
    }
    all.forEach(problem -> event.addDeploymentProblem(new DeploymentException(problem)));
    Map<String, Map<String, Class<?>>> valid = new TreeMap<>();
    found.forEach(
        (group, types) ->
            types.forEach(
                (type, handlers) -> {
                  if (handlers.size() == 1) {
                    valid.computeIfAbsent(group, g -> new TreeMap<>()).put(type, handlers.get(0));
                  }
                }));
    bindings = valid;
  }

  private List<String> problemsWith(EventStreams streams) {
    List<String> mistakes = new ArrayList<>();
    found.forEach(
        (group, types) -> {
          Optional<Set<String>> read = streams.streamsOf(group);
          if (read.isEmpty()) {
            mistakes.add(
                "Courier: event handlers subscribe for group '"
                    + group
                    + "', which is not declared (set "
                    + EventStreams.GROUP_PREFIX
                    + group
                    + EventStreams.STREAMS_SUFFIX
                    + "; groups: "
                    + streams.groups().keySet()
                    + ")");
            return;
          }
          types.forEach(
              (type, handlers) -> {
                Optional<String> stream = streams.streamOf(type);
                if (stream.isEmpty()) {
                  mistakes.add(
                      "Courier: "
                          + handlers.get(0).getName()
                          + " subscribes to event type '"
                          + type
                          + "', which goes to no stream (known types: "
                          + streams.types()
                          + ")");
                } else if (!read.get().contains(stream.get())) {
                  mistakes.add(
                      "Courier: group '"
                          + group
                          + "' handles '"
                          + type
                          + "' but does not read its stream '"
                          + stream.get()
                          + "' (add it to "
                          + EventStreams.GROUP_PREFIX
                          + group
                          + EventStreams.STREAMS_SUFFIX
                          + ")");
                }
                if (handlers.size() > 1) {
                  mistakes.add(
                      "Courier: group '"
                          + group
                          + "' has "
                          + handlers.size()
                          + " handlers for event type '"
                          + type
                          + "' ("
                          + handlers.stream().map(Class::getName).toList()
                          + "); it must have exactly one");
                }
              });
        });
    return mistakes;
  }

  /** The handler class of a group for an event type, if it has one. */
  public Optional<Class<?>> handlerOf(String group, String type) {
    return Optional.ofNullable(bindings.getOrDefault(group, Map.of()).get(type));
  }

  /** The groups with at least one handler in this deployment. */
  public Set<String> groupsWithHandlers() {
    return bindings.keySet();
  }
}
