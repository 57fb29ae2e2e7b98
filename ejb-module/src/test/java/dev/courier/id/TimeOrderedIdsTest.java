package dev.courier.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

  @Test
  void isAVersion7RfcUuidCarryingTheCurrentTime() {
    long before = System.currentTimeMillis();
    UUID id = UUID.fromString(TimeOrderedIds.next());
    long after = System.currentTimeMillis();

    assertEquals(7, id.version());
    assertEquals(2, id.variant());
    long millis = id.getMostSignificantBits() >>> 16;
    assertTrue(millis >= before && millis <= after + 1, "time field " + millis);
  }

  @Test
  void eachIdSortsAfterTheOneBeforeAlsoAsText() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ids.add(TimeOrderedIds.next());
    }
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(
          ids.get(i - 1).compareTo(ids.get(i)) < 0, ids.get(i - 1) + " before " + ids.get(i));
      assertTrue(
          UUID.fromString(ids.get(i - 1)).getMostSignificantBits()
              < UUID.fromString(ids.get(i)).getMostSignificantBits());
    }
  }

  @Test
  void threadsMakingIdsAtOnceGetDistinctOnes() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 8)
        .parallel()
        .forEach(
            thread -> {
              for (int i = 0; i < 10_000; i++) {
                seen.add(TimeOrderedIds.next());
              }
            });
    assertEquals(80_000, seen.size());
  }
}
