package dev.courier.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What Courier keeps of one schedule across restarts: the operator's pause and the next slot. */
@Entity
@Table(name = "schedule_state")
class ScheduleStateEntry {

  @Id
  @Column(length = 100)
  private String name;

  @Column(nullable = false)
  private boolean paused;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "next_slot")
  private Instant nextSlot;

  protected ScheduleStateEntry() {}

  ScheduleStateEntry(String name) {
    this.name = name;
    this.changedAt = Instant.now();
  }

  String name() {
    return name;
  }

  boolean paused() {
    return paused;
  }

  void paused(boolean value) {
    paused = value;
    changedAt = Instant.now();
  }

  Instant nextSlot() {
    return nextSlot;
  }

  void nextSlot(Instant value) {
    nextSlot = value;
  }
}
