package dev.courier.dispatch;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * One reason a message or a request is refused, tied to the request field it is about. It is the
 * one field error of the HTTP API: a problem's {@code errors} lists them as {@code field} and
 * {@code message}; the kind picks the problem's type.
 */
public record Rejection(@JsonbTransient Kind kind, String field, String message) {

  /** What went wrong, as a problem type and title. */
  public enum Kind {
    UNKNOWN_TYPE("unknown-message-type", "Unknown message type"),
    UNKNOWN_TRANSPORT("unknown-transport", "Unknown transport"),
    INVALID_PAYLOAD("invalid-payload", "Invalid payload"),
    INVALID_REQUEST("invalid-request", "Invalid request");

    private final String slug;
    private final String title;

    Kind(String slug, String title) {
      this.slug = slug;
      this.title = title;
    }

    public String slug() {
      return slug;
    }

    public String title() {
      return title;
    }
  }

  /** The same rejection for the message at this position of a batch. */
  public Rejection at(int index) {
    return new Rejection(kind, "[" + index + "]" + (field.isEmpty() ? "" : "." + field), message);
  }
}
