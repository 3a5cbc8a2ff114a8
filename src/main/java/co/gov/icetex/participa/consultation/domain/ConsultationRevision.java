package co.gov.icetex.participa.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A correction of published content: the version it created, the change note the public reads, and
 * every changed text before and after. Never changed once written.
 */
@Entity
@Table(name = "consultation_revision")
public class ConsultationRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id", updatable = false)
  private Consultation consultation;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Column(nullable = false, updatable = false)
  private String note;

  @Convert(converter = RevisionChangesConverter.class)
  @Column(name = "changes_json", nullable = false, updatable = false)
  private List<RevisionChange> changes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected ConsultationRevision() {}

  ConsultationRevision(
      Consultation consultation,
      int versionNumber,
      String note,
      List<RevisionChange> changes,
      Instant createdAt,
      String createdBy) {
    this.consultation = Objects.requireNonNull(consultation);
    this.versionNumber = versionNumber;
    this.note = Objects.requireNonNull(note);
    this.changes = List.copyOf(changes);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  public Long getId() {
    return id;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getNote() {
    return note;
  }

  public List<RevisionChange> getChanges() {
    return changes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
