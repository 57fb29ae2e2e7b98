package dev.courier.dispatch;

/** One reason a message cannot be dispatched, tied to the request field it is about. */
public record Rejection(Kind kind, String field, String message) {

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
