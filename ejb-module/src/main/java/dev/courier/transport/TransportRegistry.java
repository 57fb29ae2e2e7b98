package dev.courier.transport;

import dev.courier.events.EventStreams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The transports of this node — the built-in ones, then each declared pipeline's stages ({@link
 * Pipeline}), then those named by {@code courier.transports=<name>,…} — their defaults overridden
 * by MicroProfile Config keys {@code courier.transport.<name>.concurrency}, {@code .retry.*},
 * {@code .timeout}, {@code .breaker.*} and {@code .rate} and {@code .ttl}.
 */
public final class TransportRegistry {

  static final String PREFIX = "courier.transport.";

  /** Transports an application declares beside its pipelines' stages. */
  static final String DECLARED = "courier.transports";

  private final Map<String, Transport> transports;

  TransportRegistry(Map<String, Transport> transports) {
    this.transports = Collections.unmodifiableMap(new LinkedHashMap<>(transports));
  }

  public static TransportRegistry fromConfig(Config config) {
    Map<String, Transport> transports = new LinkedHashMap<>();
    for (Transport defaults : TransportDefaults.ALL) {
      transports.put(defaults.name(), configured(defaults, config));
    }
    for (Pipeline pipeline : Pipeline.declared(config)) {
      for (String stage : pipeline.stages()) {
        add(
            transports,
            TransportDefaults.declared(stage),
            "pipeline " + pipeline.name() + ": stage",
            config);
      }
    }
    for (String name : config.getOptionalValues(DECLARED, String.class).orElse(List.of())) {
      add(transports, TransportDefaults.declared(name.trim()), DECLARED + ":", config);
    }
    for (String group : EventStreams.fromConfig(config).groups().keySet()) {
      add(transports, TransportDefaults.group(group), "consumer group", config);
    }
    return new TransportRegistry(transports);
  }

  private static void add(
      Map<String, Transport> transports, Transport defaults, String declaredBy, Config config) {
    String name = defaults.name();
    if (transports.containsKey(name)) {
      throw new IllegalArgumentException(
          declaredBy + " " + name + " is already a transport; each has a queue of its own");
    }
    transports.put(name, configured(defaults, config));
  }

  private static Transport configured(Transport defaults, Config config) {
    String key = PREFIX + defaults.name() + ".";
    RetryPolicy retry = defaults.retry();
    BreakerPolicy breaker = defaults.breaker();
    return new Transport(
        defaults.name(),
        value(config, key + "concurrency", Integer.class, defaults.concurrency()),
        new RetryPolicy(
            value(config, key + "retry.max", Integer.class, retry.maxRetries()),
            value(config, key + "retry.delay", Long.class, retry.delayMs()),
            value(config, key + "retry.multiplier", Double.class, retry.multiplier()),
            value(config, key + "retry.max-delay", Long.class, retry.maxDelayMs()),
            value(config, key + "retry.jitter", Double.class, retry.jitter())),
        config
            .getOptionalValues(key + "unrecoverable", String.class)
            .<Set<String>>map(names -> new LinkedHashSet<>(names))
            .orElse(defaults.unrecoverable()),
        value(config, key + "timeout", Long.class, defaults.timeoutMs()),
        new BreakerPolicy(
            value(config, key + "breaker.failures", Integer.class, breaker.failures()),
            value(config, key + "breaker.window", Long.class, breaker.windowMs()),
            value(config, key + "breaker.cool-down", Long.class, breaker.coolDownMs())),
        value(config, key + "rate", Double.class, defaults.ratePerSecond()),
        value(config, key + "ttl", Long.class, defaults.ttlMs()),
        defaults.jndiName());
  }

  private static <T> T value(Config config, String key, Class<T> type, T fallback) {
    return config.getOptionalValue(key, type).orElse(fallback);
  }

  public Optional<Transport> find(String name) {
    return Optional.ofNullable(transports.get(name));
  }

  public Set<String> names() {
    return transports.keySet();
  }
}
