package dev.courier.web.failed;

import dev.courier.dispatch.Rejection;
import dev.courier.failure.FailureFilter;
import dev.courier.transport.TransportRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What selects failure records, as query parameters or body fields; each may be left out. */
public record FailureFilterFields(
    @Schema(description = "The failed message's id") String messageId,
    @Schema(description = "The transport it failed on") String transport,
    @Schema(description = "Its message type") String type,
    @Schema(description = "The class of its last error") String errorClass,
    @Schema(description = "Failures of one type and error class thrown from one place")
        String fingerprint,
    @Schema(description = "Failed at or after this instant") Instant failedAfter,
    @Schema(description = "Failed before this instant") Instant failedBefore) {

  /** The filter, with the given ids if any; an unknown transport is a rejection. */
  FailureFilter toFilter(
      TransportRegistry transports, Optional<List<String>> ids, List<Rejection> out) {
    if (transport != null && transports.find(transport).isEmpty()) {
      out.add(
          new Rejection(
              Rejection.Kind.INVALID_REQUEST,
              "transport",
              "unknown transport '" + transport + "'; known transports: " + transports.names()));
    }
    return new FailureFilter(
        Optional.ofNullable(messageId),
        Optional.ofNullable(transport),
        Optional.ofNullable(type),
        Optional.ofNullable(errorClass),
        Optional.ofNullable(fingerprint),
        Optional.ofNullable(failedAfter),
        Optional.ofNullable(failedBefore),
        ids);
  }
}
