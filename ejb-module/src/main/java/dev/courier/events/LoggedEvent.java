package dev.courier.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One published event in its stream's log; {@code seq} orders all events of all streams. */
@Entity
@Table(name = "event_log")
public class LoggedEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private long seq;

  @Column(nullable = false, length = 100)
  private String stream;

  @Column(name = "event_id", nullable = false, length = 200)
  private String eventId;

  @Column(name = "event_type", nullable = false, length = 200)
  private String eventType;

  @Column(name = "client_id", length = 200)
  private String clientId;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(nullable = false, length = 1_000_000)
  private String data;

  protected LoggedEvent() {}

  LoggedEvent(String stream, Event event) {
    this.stream = stream;
    this.eventId = event.eventId();
    this.eventType = event.type();
    this.clientId = event.clientId().orElse(null);
    this.publishedAt = event.timestamp();
    this.data = event.data();
  }

  public long seq() {
    return seq;
  }

  public String stream() {
    return stream;
  }

  public Event event() {
    return new Event(eventId, eventType, publishedAt, Optional.ofNullable(clientId), data);
  }
}
