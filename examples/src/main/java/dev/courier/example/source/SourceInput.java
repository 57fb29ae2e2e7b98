package dev.courier.example.source;

import dev.courier.handler.MessageType;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A run's input: a {@code url} to download, or the content inline ({@code content}, {@code
 * contentType}, {@code name}).
 */
@MessageType(SourceInput.TYPE)
public record SourceInput(
    @Size(max = 2_000) @Pattern(regexp = "(?i)https?://.+", message = "must be an http(s) URL")
        String url,
    @Size(max = 1_000_000) String content,
    @Size(max = 200) @Pattern(regexp = "[\\w.+-]+/[\\w.+-]+", message = "must be a media type")
        String contentType,
    @Size(max = 200) String name) {

  public static final String TYPE = "source.input";

  /** Exactly one of {@code url} and {@code content}; inline content says its type. */
  @JsonbTransient
  @AssertTrue(message = "give either url, or content with contentType")
  public boolean isOneSource() {
    return url != null ? content == null : content != null && contentType != null;
  }
}
