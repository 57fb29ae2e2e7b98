package dev.courier.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ConfigNamesTest {

  @Test
  void namesOfEverySourceAreListed() {
    Config config =
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(Map.of("a.one", "1"), "first", 100))
            .withSources(
                new PropertiesConfigSource(Map.of("b.two", "2", "a.one", "3"), "second", 200))
            .build();

    Set<String> names = ConfigNames.of(config);

    assertEquals(true, names.containsAll(Set.of("a.one", "b.two")), names.toString());
  }

  @Test
  void threadsAskingAtOnceEachGetEveryName() throws Exception {
    Map<String, String> values = new TreeMap<>();
    for (int i = 0; i < 2_000; i++) {
      values.put("courier.events.group.g" + i + ".streams", "s");
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        Config config = TestConfig.of(values);
        List<Callable<Integer>> askers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          askers.add(
              () ->
                  (int)
                      ConfigNames.of(config).stream()
                          .filter(name -> name.startsWith("courier.events.group."))
                          .count());
        }
        for (Future<Integer> seen : threads.invokeAll(askers)) {
          assertEquals(values.size(), seen.get());
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
