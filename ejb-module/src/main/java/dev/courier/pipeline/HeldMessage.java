package dev.courier.pipeline;

import dev.courier.id.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message emitted to a join stage, held by its run until every stage before it is done. */
@Entity
@Table(name = "pipeline_held_message")
public class HeldMessage {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "run_id", nullable = false, length = 36)
  private String runId;

  @Column(nullable = false)
  private String stage;

  @Column(nullable = false, length = 1_000_000)
  private String body;

  @Column(nullable = false, length = 100_000)
  private String properties;

  protected HeldMessage() {}

  HeldMessage(String runId, String stage, String body, String properties) {
    this.id = TimeOrderedIds.next();
    this.runId = runId;
    this.stage = stage;
    this.body = body;
    this.properties = properties;
  }

  String stage() {
    return stage;
  }

  String body() {
    return body;
  }

  String properties() {
    return properties;
  }
}
