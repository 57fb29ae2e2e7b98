package dev.courier.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureQueryTest {

  private static final FailureFilter EVERYTHING =
      new FailureFilter(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  @Test
  void noFilterMatchesEveryRecord() {
    FailureQuery query = new FailureQuery(EVERYTHING);

    assertEquals("", query.where());
    assertEquals(Map.of(), query.parameters());
    assertEquals(
        "EXISTS (SELECT 1 FROM FailedMessage f WHERE f.messageId = e.messageId)",
        query.recordExistsFor("e.messageId"));
  }

  @Test
  void everyGivenFilterBecomesOneConditionWithItsParameter() {
    Instant after = Instant.parse("2026-12-01T00:00:00Z");
    FailureQuery query =
        new FailureQuery(
            new FailureFilter(
                Optional.empty(),
                Optional.of("high"),
                Optional.of("SendEmail"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(after),
                Optional.empty(),
                Optional.of(List.of("id-1", "id-2"))));

    assertEquals(
        " WHERE f.transport = :transport AND f.type = :type AND f.failedAt >= :failedAfter"
            + " AND f.id IN :ids",
        query.where());
    assertEquals(
        Map.of(
            "transport",
            "high",
            "type",
            "SendEmail",
            "failedAfter",
            after,
            "ids",
            List.of("id-1", "id-2")),
        query.parameters());
  }

  @Test
  void aCorrelatedConditionCarriesTheFilters() {
    FailureQuery query =
        new FailureQuery(
            new FailureFilter(
                Optional.of("m-1"),
                Optional.empty(),
                Optional.empty(),
                Optional.of("java.io.IOException"),
                Optional.of("fp"),
                Optional.empty(),
                Optional.of(Instant.EPOCH),
                Optional.empty()));

    assertEquals(
        "EXISTS (SELECT 1 FROM FailedMessage f WHERE f.messageId = e.messageId AND"
            + " f.messageId = :messageId AND f.errorClass = :errorClass AND f.fingerprint ="
            + " :fingerprint AND f.failedAt < :failedBefore)",
        query.recordExistsFor("e.messageId"));
  }
}
