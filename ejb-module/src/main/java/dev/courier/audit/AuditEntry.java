package dev.courier.audit;

import dev.courier.id.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One admin action: who, what, to what, when, and how many messages it touched. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  static final int MAX_TARGET = 2000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String target;

  @Column(name = "item_count", nullable = false)
  private int count;

  protected AuditEntry() {}

  public AuditEntry(String actor, String action, String target, int count) {
    this.id = TimeOrderedIds.next();
    this.occurredAt = Instant.now();
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.target = target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target;
    this.count = count;
  }

  public String id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public int count() {
    return count;
  }
}
