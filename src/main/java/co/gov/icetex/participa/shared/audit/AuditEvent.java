package co.gov.icetex.participa.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One staff action: who, when, what, on which thing, and its state before and after (as JSON). The
 * entity has no setters and the table refuses updates and deletes (database triggers).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "target_type", nullable = false, updatable = false)
  private String targetType;

  @Column(name = "target_id", updatable = false)
  private String targetId;

  @Column(name = "before_state", updatable = false)
  private String beforeState;

  @Column(name = "after_state", updatable = false)
  private String afterState;

  protected AuditEvent() {}

  AuditEvent(
      Instant at,
      String actor,
      String action,
      String targetType,
      String targetId,
      String before,
      String after) {
    this.at = Objects.requireNonNull(at);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.targetType = Objects.requireNonNull(targetType);
    this.targetId = targetId;
    this.beforeState = before;
    this.afterState = after;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getBeforeState() {
    return beforeState;
  }

  public String getAfterState() {
    return afterState;
  }
}
