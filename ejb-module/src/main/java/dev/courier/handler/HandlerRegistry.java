package dev.courier.handler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The handlers of this deployment, by message type. */
@ApplicationScoped
public class HandlerRegistry {

  @Inject HandlerDiscovery discovery;
  @Inject @Any Instance<Object> beans;

  private final ConcurrentMap<Class<?>, MessageHandler<Object>> instances =
      new ConcurrentHashMap<>();

  public Optional<HandlerBinding> find(String type) {
    return Optional.ofNullable(discovery.bindings().get(type));
  }

  public Set<String> types() {
    return new TreeSet<>(discovery.bindings().keySet());
  }

  /** The message record of each type, by type. */
  public Map<String, Class<?>> messageClasses() {
    Map<String, Class<?>> classes = new TreeMap<>();
    discovery.bindings().forEach((type, binding) -> classes.put(type, binding.messageClass()));
    return classes;
  }

  /** One instance per handler bean, resolved on first use (a client proxy for normal scopes). */
  @SuppressWarnings("unchecked")
  public MessageHandler<Object> handler(HandlerBinding binding) {
    return instances.computeIfAbsent(
        binding.handlerClass(),
        handlerClass ->
            (MessageHandler<Object>) beans.select(handlerClass, Any.Literal.INSTANCE).get());
  }
}
