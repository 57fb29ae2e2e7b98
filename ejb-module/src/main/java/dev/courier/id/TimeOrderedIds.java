package dev.courier.id;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for messages, events and Courier's own rows: version 7 UUIDs (RFC 9562), whose first 48 bits
 * are the Unix time in milliseconds and the next 12 a counter within that millisecond. Each id this
 * JVM makes is greater than the one before, also in its text form, so an index keyed by them takes
 * each new key at its end instead of at a random leaf: a database commits fewer changed pages per
 * transaction (a random-UUID key changes one leaf per row). The last 62 bits are random, so ids
 * made on different nodes in the same millisecond still differ.
 *
 * <p>When more than 4096 ids are asked for within one millisecond, the counter carries into the
 * time field, which then runs ahead of the clock by at most what the burst took; a clock set back
 * does not make ids go back either.
 */
public final class TimeOrderedIds {

  private static final int COUNTER_BITS = 12;
  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
  private static final long RANDOM_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

  /** The time in ms and the counter of the last id made, as {@code ms << 12 | counter}. */
  private static final AtomicLong LAST = new AtomicLong();

  private TimeOrderedIds() {}

  /** A new id in the canonical text form, e.g. {@code 0193a1c2-7e4f-7a01-9c3d-5e6f7a8b9c0d}. */
  public static String next() {
    return nextUuid().toString();
  }

  /** A new id, greater than every id this JVM made before. */
  public static UUID nextUuid() {
    long now = System.currentTimeMillis() << COUNTER_BITS;
    long stamp = LAST.updateAndGet(last -> Math.max(now, last + 1));
    long millis = stamp >>> COUNTER_BITS;
    long counter = stamp & ((1L << COUNTER_BITS) - 1);
    long high = (millis << 16) | VERSION_7 | counter;
    long low = VARIANT_RFC | (ThreadLocalRandom.current().nextLong() & RANDOM_62_BITS);
    return new UUID(high, low);
  }
}
