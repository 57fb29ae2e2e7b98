package dev.courier.failure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which failure records an admin operation applies to; empty parts match everything. */
public record FailureFilter(
    Optional<String> messageId,
    Optional<String> transport,
    Optional<String> type,
    Optional<String> errorClass,
    Optional<String> fingerprint,
    Optional<Instant> failedAfter,
    Optional<Instant> failedBefore,
    Optional<List<String>> ids) {}
