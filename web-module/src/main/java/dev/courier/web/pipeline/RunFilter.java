package dev.courier.web.pipeline;

import jakarta.validation.constraints.Pattern;

/** The query of a run list: runs of one pipeline, in one status. */
public record RunFilter(
    String pipeline, @Pattern(regexp = "pending|running|done|failed") String status) {}
