package dev.courier.web.failed;

/** How many records a bulk operation affected, or would affect when it is a dry run. */
public record BulkCount(int count, boolean dryRun) {}
