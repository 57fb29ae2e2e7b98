package dev.courier.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.config.TestConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class TransportRegistryTest {

  private static Config config(Map<String, String> values) {
    return TestConfig.of(values);
  }

  @Test
  void aGroupsTransportKnowsItIsAGroupAndAStagesDoesNot() {
    assertTrue(TransportDefaults.group("trainer-group").isGroup());
    assertTrue(!TransportDefaults.declared("source_download").isGroup());
    assertTrue(!TransportDefaults.ALL.get(0).isGroup());
  }

  @Test
  void withoutConfigurationTheDefaultsOfTheDesignApply() {
    TransportRegistry registry = TransportRegistry.fromConfig(config(Map.of()));

    assertEquals(
        List.of(
            "high",
            "normal",
            "low",
            "batch",
            "run_updates",
            "dispatch",
            "publish",
            "probe_start",
            "probe_items",
            "probe_finish",
            "probe-a",
            "probe-b"),
        List.copyOf(registry.names()));
    assertEquals(
        new Transport(
            "high",
            8,
            new RetryPolicy(3, 1_000, 2, 60_000, 0.1),
            Set.of(),
            0,
            BreakerPolicy.OFF,
            0,
            0,
            "java:/jms/queue/courier.high"),
        registry.find("high").orElseThrow());
    assertEquals(
        new Transport(
            "normal",
            4,
            new RetryPolicy(3, 5_000, 3, 300_000, 0.1),
            Set.of(),
            0,
            BreakerPolicy.OFF,
            0,
            0,
            "java:/jms/queue/courier.normal"),
        registry.find("normal").orElseThrow());
    assertEquals(
        new Transport(
            "low",
            2,
            new RetryPolicy(2, 30_000, 2, 600_000, 0.1),
            Set.of(),
            0,
            BreakerPolicy.OFF,
            0,
            0,
            "java:/jms/queue/courier.low"),
        registry.find("low").orElseThrow());
  }

  @Test
  void everyValueIsOverridable() {
    TransportRegistry registry =
        TransportRegistry.fromConfig(
            config(
                Map.of(
                    "courier.transport.normal.concurrency", "12",
                    "courier.transport.normal.retry.max", "5",
                    "courier.transport.normal.retry.delay", "10",
                    "courier.transport.normal.retry.multiplier", "1.5",
                    "courier.transport.normal.retry.max-delay", "100",
                    "courier.transport.normal.retry.jitter", "0")));

    assertEquals(
        new Transport(
            "normal",
            12,
            new RetryPolicy(5, 10, 1.5, 100, 0),
            Set.of(),
            0,
            BreakerPolicy.OFF,
            0,
            0,
            "java:/jms/queue/courier.normal"),
        registry.find("normal").orElseThrow());
    assertEquals(8, registry.find("high").orElseThrow().concurrency());
  }

  @Test
  void unrecoverableExceptionsAreAListOfClassNames() {
    TransportRegistry registry =
        TransportRegistry.fromConfig(
            config(
                Map.of(
                    "courier.transport.high.unrecoverable",
                    "java.lang.IllegalArgumentException,java.io.FileNotFoundException")));

    assertEquals(
        Set.of("java.lang.IllegalArgumentException", "java.io.FileNotFoundException"),
        registry.find("high").orElseThrow().unrecoverable());
    assertEquals(Set.of(), registry.find("low").orElseThrow().unrecoverable());
  }

  @Test
  void aHandlerTimeoutIsConfigurable() {
    TransportRegistry registry =
        TransportRegistry.fromConfig(config(Map.of("courier.transport.low.timeout", "2500")));

    assertEquals(2_500, registry.find("low").orElseThrow().timeoutMs());
    assertEquals(0, registry.find("high").orElseThrow().timeoutMs());
    assertThrows(
        IllegalArgumentException.class,
        () -> TransportRegistry.fromConfig(config(Map.of("courier.transport.low.timeout", "-1"))));
  }

  @Test
  void theBreakerAndTheRateLimitAreConfigurable() {
    TransportRegistry registry =
        TransportRegistry.fromConfig(
            config(
                Map.of(
                    "courier.transport.high.breaker.failures", "5",
                    "courier.transport.high.breaker.window", "10000",
                    "courier.transport.high.breaker.cool-down", "2000",
                    "courier.transport.high.rate", "12.5")));

    Transport high = registry.find("high").orElseThrow();
    assertEquals(new BreakerPolicy(5, 10_000, 2_000), high.breaker());
    assertTrue(high.breaker().enabled());
    assertEquals(12.5, high.ratePerSecond());
    assertEquals(BreakerPolicy.OFF, registry.find("low").orElseThrow().breaker());
    assertEquals(0, registry.find("low").orElseThrow().ratePerSecond());
  }

  @Test
  void aNegativeBreakerOrRateIsRefused() {
    for (String key : List.of("breaker.failures", "breaker.window", "breaker.cool-down", "rate")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> TransportRegistry.fromConfig(config(Map.of("courier.transport.low." + key, "-1"))),
          key);
    }
  }

  @Test
  void anUnknownTransportIsNotFound() {
    assertTrue(TransportRegistry.fromConfig(config(Map.of())).find("urgent").isEmpty());
  }

  @Test
  void aTransportKnowsItsQueueAndJndiName() {
    Transport high = TransportRegistry.fromConfig(config(Map.of())).find("high").orElseThrow();

    assertEquals("courier.high", high.queueName());
    assertEquals("java:/jms/queue/courier.high", high.jndiName());
    assertEquals(TransportNames.HIGH_DESTINATION, high.jndiName());
  }

  @Test
  void impossibleValuesAreRefusedWithTheKeyNamed() {
    IllegalArgumentException concurrency =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TransportRegistry.fromConfig(
                    config(Map.of("courier.transport.low.concurrency", "0"))));
    assertTrue(
        concurrency.getMessage().contains("courier.transport.low.concurrency"),
        concurrency.getMessage());

    assertThrows(
        IllegalArgumentException.class,
        () ->
            TransportRegistry.fromConfig(
                config(Map.of("courier.transport.low.retry.jitter", "1.5"))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TransportRegistry.fromConfig(
                config(Map.of("courier.transport.low.retry.max-delay", "5"))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TransportRegistry.fromConfig(config(Map.of("courier.transport.low.retry.max", "-1"))));
  }

  @Test
  void theConsumerExpressionsFallBackToTheDefaults() {
    assertTrue(TransportNames.HIGH_CONCURRENCY.endsWith(":8}}"), TransportNames.HIGH_CONCURRENCY);
    assertTrue(
        TransportNames.NORMAL_CONCURRENCY.endsWith(":4}}"), TransportNames.NORMAL_CONCURRENCY);
    assertTrue(TransportNames.LOW_CONCURRENCY.endsWith(":2}}"), TransportNames.LOW_CONCURRENCY);
  }

  @Test
  void eachStageOfADeclaredPipelineIsATransportOfItsOwn() {
    TransportRegistry registry =
        TransportRegistry.fromConfig(
            config(
                Map.of(
                    "courier.pipeline.source.stages", "source_download, source_extract",
                    "courier.transport.source_extract.concurrency", "5")));

    assertEquals(
        List.of(
            "high",
            "normal",
            "low",
            "batch",
            "run_updates",
            "dispatch",
            "publish",
            "probe_start",
            "probe_items",
            "probe_finish",
            "source_download",
            "source_extract",
            "probe-a",
            "probe-b"),
        List.copyOf(registry.names()));
    assertEquals(
        new Transport(
            "source_download",
            2,
            new RetryPolicy(3, 1_000, 2, 60_000, 0.1),
            Set.of(),
            0,
            BreakerPolicy.OFF,
            0,
            0,
            "java:global/jms/queue/courier.source_download"),
        registry.find("source_download").orElseThrow());
    assertEquals(5, registry.find("source_extract").orElseThrow().concurrency());
  }

  @Test
  void eachConsumerGroupIsATransportOnItsGroupQueue() {
    TransportRegistry registry =
        TransportRegistry.fromConfig(
            config(
                Map.of(
                    "courier.events.group.trainer-group.streams", "features-updates",
                    "courier.transport.trainer-group.concurrency", "3")));

    Transport group = registry.find("trainer-group").orElseThrow();
    assertEquals(3, group.concurrency());
    assertEquals("courier.group.trainer-group", group.queueName());
    assertEquals("java:global/jms/queue/courier.group.trainer-group", group.jndiName());
    assertEquals("courier.group.probe-a", registry.find("probe-a").orElseThrow().queueName());
  }

  @Test
  void aStageMustBeNewAndValidlyNamed() {
    for (String stages : List.of("fetch,high", "fetch,fetch", "Fetch", " ")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> TransportRegistry.fromConfig(config(Map.of("courier.pipeline.p.stages", stages))),
          stages);
    }
  }

  @Test
  void anApplicationDeclaresTransportsBesideItsStages() {
    TransportRegistry registry =
        TransportRegistry.fromConfig(
            config(
                Map.of(
                    "courier.transports", "events, mail",
                    "courier.transport.mail.retry.max", "7")));

    assertEquals(
        TransportDefaults.declared("events").retry(),
        registry.find("events").orElseThrow().retry());
    assertEquals(7, registry.find("mail").orElseThrow().retry().maxRetries());
    assertThrows(
        IllegalArgumentException.class,
        () -> TransportRegistry.fromConfig(config(Map.of("courier.transports", "probe_items"))));
  }

  @Test
  void liveUpdatesAreRetriedTwiceAndExpireAfterAMinute() {
    Transport updates =
        TransportRegistry.fromConfig(config(Map.of())).find("run_updates").orElseThrow();

    assertEquals(new RetryPolicy(2, 10_000, 2, 20_000, 0), updates.retry());
    assertEquals(60_000, updates.ttlMs());
    assertEquals(
        250,
        TransportRegistry.fromConfig(config(Map.of("courier.transport.low.ttl", "250")))
            .find("low")
            .orElseThrow()
            .ttlMs());
  }
}
